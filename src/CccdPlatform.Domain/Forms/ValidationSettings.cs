using System.Text.Json;
using FluentValidation;

namespace CccdPlatform.Domain.Forms;

/// <summary>
/// How every validator reports, set once per process by the services and by the station app alike, so that a form
/// checked in the browser shows the server's very messages under the server's field names.
/// </summary>
public static class ValidationSettings
{
    public static void Apply()
    {
        // Each rule stops at its first failure, so later checks of a field may assume the earlier ones passed.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        // English whatever the culture of the server or the browser: the station translates the messages it knows.
        ValidatorOptions.Global.LanguageManager.Enabled = false;
    }
}
