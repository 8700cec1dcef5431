namespace CccdPlatform.Identity.Pages.Account;

/// <summary>Where to go after a page: only a path on this site, so a link cannot send an officer elsewhere.</summary>
public static class ReturnUrls
{
    public const string Home = "/account/officers";

    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : Home;

    public static string Next(Model.Officer officer, string? returnUrl) =>
        Model.AccountSetup.PendingStep(officer) is { } step ? $"{step}?returnUrl={Uri.EscapeDataString(Safe(returnUrl))}" : Safe(returnUrl);
}
