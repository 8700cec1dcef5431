using CccdPlatform.Identity.Infrastructure;
using CccdPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace CccdPlatform.Identity.Pages.Account;

/// <summary>Enrols an authenticator app (TOTP): required before a Supervisor or Admin may use the account.</summary>
public sealed class EnrolModel(SignInManager<Officer> signIn, AccountAudit audit, Texts texts) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Key { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var officer = await signIn.UserManager.GetUserAsync(User);
        if (officer is null)
        {
            return RedirectToPage("/Account/Login");
        }

        await ShowKeyAsync(officer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var officer = await signIn.UserManager.GetUserAsync(User);
        if (officer is null)
        {
            return RedirectToPage("/Account/Login");
        }

        var users = signIn.UserManager;
        var code = new string(Code.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(officer, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await audit.OwnAsync(AccountAudit.SecondFactorFailed, officer, null, StatusCodes.Status400BadRequest);
            Error = texts["The code is not right."];
            await ShowKeyAsync(officer);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(officer, true);
        await audit.OwnAsync(AccountAudit.SecondFactorEnrolled, officer, null, StatusCodes.Status200OK);
        await signIn.RefreshSignInAsync(officer);
        return LocalRedirect(ReturnUrls.Next(officer, ReturnUrl));
    }

    private async Task ShowKeyAsync(Officer officer)
    {
        var users = signIn.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(officer);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(officer);
            key = await users.GetAuthenticatorKeyAsync(officer);
        }

        Key = key!;
        var uri = $"otpauth://totp/CCCD:{Uri.EscapeDataString(officer.UserName!)}?secret={Key}&issuer=CCCD&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(4);
    }
}
