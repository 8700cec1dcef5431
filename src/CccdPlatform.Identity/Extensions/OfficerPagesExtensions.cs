using System.Globalization;
using CccdPlatform.Identity.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace CccdPlatform.Identity.Extensions;

public static class OfficerPagesExtensions
{
    /// <summary>Pages that need a signed-in officer: the browser's cookie, not a bearer token.</summary>
    public const string SignedInOfficer = "signed-in-officer";

    public static readonly CultureInfo[] Cultures = [new("vi"), new("en")];

    public static IServiceCollection AddOfficerPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(SignedInOfficer, policy => policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Account", SignedInOfficer);
            pages.Conventions.AuthorizeFolder("/Connect", SignedInOfficer);
            pages.Conventions.AllowAnonymousToPage("/Account/Login");
            pages.Conventions.AllowAnonymousToPage("/Account/SecondFactor");
        });
        services.AddSingleton<Texts>();
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            localization.SupportedCultures = Cultures;
            localization.SupportedUICultures = Cultures;
            localization.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>The language switch: <c>/account/language?culture=en&amp;returnUrl=...</c>, remembered for a year.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/account/language", (HttpContext context, string culture, string? returnUrl) =>
        {
            if (Cultures.Any(c => c.Name == culture))
            {
                context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax });
            }

            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl : "/account/login");
        }).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }
}
