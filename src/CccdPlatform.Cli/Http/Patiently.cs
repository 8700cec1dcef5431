namespace CccdPlatform.Cli.Http;

/// <summary>
/// Sends again, with growing pauses, while the answer says the platform has not yet caught up with something the
/// request depends on: an application biometrics has not heard of, a machine registered a moment ago.
/// </summary>
public static class Patiently
{
    /// <param name="notYet">Whether an answer means "not yet"; it also says when to stop waiting.</param>
    /// <param name="waiting">Called before each pause, to count them.</param>
    public static async Task<Answer> SendAsync(
        Func<Task<Answer>> send, Func<Answer, bool> notYet, Action? waiting, TimeSpan firstPause, TimeSpan maxPause,
        CancellationToken cancellationToken)
    {
        var pause = firstPause;
        while (true)
        {
            var answer = await send();
            if (!notYet(answer))
            {
                return answer;
            }

            waiting?.Invoke();
            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, maxPause.Ticks));
        }
    }
}
