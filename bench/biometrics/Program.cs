using CccdPlatform.Biometrics.Bench;

// 1:N face search over synthetic 512-float templates with the service's own matcher, float32 and int8 side by side, against the machine's memory
// bandwidth (a parallel sum over as many bytes). Usage: bench/biometrics.sh [gallery sizes...]   (default 10000 100000 1000000)
var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [10_000, 100_000, 1_000_000];
const int dimension = 512;

Console.WriteLine(MachineInfo.Describe());
Console.WriteLine();
Console.WriteLine(KernelComparison.Run(dimension));
Console.WriteLine(StartupDecryption.Run(dimension));
Console.WriteLine(SearchBenchmark.Run(sizes, dimension));
