using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Gateway.Apis;

/// <summary><c>POST /dev/token</c>: a signed token for any role and unit. Mapped in the Development environment only.</summary>
public static class DevelopmentTokenApi
{
    public sealed record TokenRequest(string? Subject, string? Role, string? UnitCode);

    public sealed record TokenResponse(string AccessToken);

    public static IEndpointRouteBuilder MapDevelopmentTokenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/dev/token", IssueToken).AllowAnonymous().WithTags("Development");
        return routes;
    }

    public static Results<Ok<TokenResponse>, ValidationProblem> IssueToken(TokenRequest request, DevelopmentTokenIssuer issuer)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > 100)
        {
            errors["subject"] = ["A subject of 1 to 100 characters is required."];
        }

        if (request.Role is null || !Roles.All.Contains(request.Role))
        {
            errors["role"] = [$"The role must be one of: {string.Join(", ", Roles.All)}."];
        }

        if (request.UnitCode is not { Length: 2 or 3 or 5 } || !request.UnitCode.All(char.IsAsciiDigit))
        {
            errors["unitCode"] = ["A unit code is 2 (province), 3 (district) or 5 (commune) digits."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(new TokenResponse(issuer.Issue(request.Subject!, request.Role!, request.UnitCode!)));
    }
}
