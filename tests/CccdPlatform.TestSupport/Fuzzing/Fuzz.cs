using CsCheck;
using Xunit.Abstractions;

namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>Runs a fuzz sample: many requests at once, each checked; a failure is shrunk and printed with its seed.</summary>
public static class Fuzz
{
    public const int Threads = 4;

    public static Task SampleAsync(
        this Gen<MalformedRequest> requests, Func<MalformedRequest, Task> check, long iterations, ITestOutputHelper output) =>
        requests.SampleAsync(check, writeLine: output.WriteLine, iter: iterations, threads: Threads, print: r => r.ToString());
}
