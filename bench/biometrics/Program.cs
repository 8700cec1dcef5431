using CccdPlatform.Biometrics.Bench;

// 1:N face search over synthetic 512-float templates with the service's own matcher, against the machine's memory
// bandwidth. Usage: bench/biometrics.sh [gallery sizes...]   (default 10000 100000 1000000)
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [10_000, 100_000, 1_000_000];
const int dimension = 512;

Console.WriteLine(MachineInfo.Describe());
var galleryBytes = sizes.Max() * (long)dimension * sizeof(float);
var baseline = BandwidthBaseline.Measure(gigabytes: Math.Max(1, (galleryBytes + (1L << 30) - 1) >> 30));
Console.WriteLine($"Memory bandwidth baseline (parallel sum, {Environment.ProcessorCount} threads): {baseline:F1} GB/s");
Console.WriteLine();
Console.WriteLine(KernelComparison.Run(dimension));
Console.WriteLine(StartupDecryption.Run(dimension));
Console.WriteLine(SearchBenchmark.Run(sizes, dimension, baseline));
