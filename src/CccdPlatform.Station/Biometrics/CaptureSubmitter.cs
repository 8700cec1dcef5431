using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Station.Services;

namespace CccdPlatform.Station.Biometrics;

/// <summary>
/// Sends a capture to biometrics through the gateway and follows it to its outcome: a 201 answers at once; a 202 (the
/// application not yet known to biometrics) is followed on its status location until it leaves <c>WaitingForApplication</c>.
/// </summary>
public sealed class CaptureSubmitter(HttpClient gateway)
{
    public const string Waiting = "WaitingForApplication";
    private static readonly TimeSpan FollowFor = TimeSpan.FromMinutes(2);

    /// <summary>The outcome, or the problem the platform answered (its title and per-field messages).</summary>
    public async Task<(CaptureAnswer? Answer, string? Problem)> SubmitAsync(CaptureSubmission submission, Action<CaptureAnswer> waiting)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/biometrics/captures")
        {
            Content = JsonContent.Create(submission, BiometricsJson.Default.CaptureSubmission),
            // One key per submission: a resend after a lost answer never makes a second capture.
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString("N") }, { "X-Machine-Id", submission.MachineId } },
        };
        using var response = await gateway.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return (null, await ProblemText.ReadAsync(response));
        }

        var answer = (await response.Content.ReadFromJsonAsync(BiometricsJson.Default.CaptureAnswer))!;
        if (response.StatusCode != HttpStatusCode.Accepted || response.Headers.Location is not { } location)
        {
            return (answer, null);
        }

        waiting(answer);
        var pause = TimeSpan.FromMilliseconds(250);
        var until = DateTimeOffset.UtcNow + FollowFor;
        while (answer.Outcome == Waiting && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(pause);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 2_000));
            answer = (await gateway.GetFromJsonAsync(location, BiometricsJson.Default.CaptureAnswer))!;
        }

        return (answer, null);
    }
}
