using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CccdPlatform.Biometrics.Bench;

public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes >> 30;
        // A shared machine's other work steals bandwidth and cores: the load says how much to trust the figures.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        return $"""
                Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC
                Machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memory} GiB
                Runtime: {RuntimeInformation.FrameworkDescription} on {RuntimeInformation.OSDescription}
                Load average (1 min) at start: {load}
                SIMD: Vector512 {(Vector512.IsHardwareAccelerated ? "yes" : "no")}, Vector256 {(Vector256.IsHardwareAccelerated ? "yes" : "no")}
                """;
    }
}
