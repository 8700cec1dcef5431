// One drill at a time: each starts its own servers and services and loads the machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
