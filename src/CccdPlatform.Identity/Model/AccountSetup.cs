namespace CccdPlatform.Identity.Model;

/// <summary>The page an officer must go through before using the account, if any.</summary>
public static class AccountSetup
{
    public const string ChangePasswordPage = "/account/change-password";
    public const string EnrolPage = "/account/second-factor/enrol";

    public static string? PendingStep(Officer officer) =>
        officer.MustChangePassword ? ChangePasswordPage
        : AccountRules.RequiresSecondFactor(officer.Role) && !officer.TwoFactorEnabled ? EnrolPage
        : null;
}
