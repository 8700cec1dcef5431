// Each test class starts Kestrel hosts and browsers of its own: one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
