namespace CccdPlatform.EIdentification.Extensions;

/// <summary>The <c>EIdentification:Activation</c> configuration section: one-time codes.</summary>
public sealed class ActivationOptions
{
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes that lock the account, counted across re-sent codes.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The least time between two codes for one account, so that nobody can flood a citizen's phone.</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromMinutes(1);
}
