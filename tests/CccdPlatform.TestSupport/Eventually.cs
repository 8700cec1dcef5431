namespace CccdPlatform.TestSupport;

/// <summary>Polls until something asynchronous has happened, failing with a clear message when it never does.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static async Task<T> ReturnsAsync<T>(Func<T?> probe, TimeSpan? timeout = null) where T : class =>
        await ReturnsAsync(() => Task.FromResult(probe()), timeout);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing came within {timeout ?? DefaultTimeout}.");
            }

            await Task.Delay(50);
        }
    }

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null) =>
        await ReturnsAsync(async () => await condition() ? "yes" : null, timeout);
}
