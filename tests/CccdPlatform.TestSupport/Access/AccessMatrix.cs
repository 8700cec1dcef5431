using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.TestSupport.Access;

/// <summary>
/// Walks every route of a service as every role and with no token, against a target inside the caller's unit and one
/// outside it, and lists every answer the matrix did not expect.
/// </summary>
/// <remarks>
/// A denial is exact: 401 without a token, 403 for a role the route does not admit or a unit outside the caller's,
/// 404 where a route hides others' things. An allowance means the handler itself answered: 2xx, or a refusal only the
/// handler can give once past the checks of role and unit (409 state conflict, 422 business rule, 423 locked, 429 too
/// soon). 400 and 404 are not allowances: every request is valid and aims at data that exists, so either would mean
/// the request stopped before the unit check and proved nothing.
/// </remarks>
public sealed class AccessMatrix(IReadOnlyList<AccessRow> rows)
{
    /// <summary>Every role, then no token at all.</summary>
    public static readonly IReadOnlyList<string?> Callers = [.. Roles.All, null];

    private static readonly HashSet<int> HandlerRefusals =
        [StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status423Locked, StatusCodes.Status429TooManyRequests];

    /// <summary>The routes the running service maps, as <c>"METHOD /pattern"</c> (<c>ANY</c> for every method).</summary>
    public static IReadOnlyList<string> RoutesOf(IServiceProvider services) => services.GetRequiredService<EndpointDataSource>()
        .Endpoints.OfType<RouteEndpoint>()
        .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
            .Select(method => $"{method} {PatternOf(endpoint)}"))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Routes mapped without a row, rows for routes not mapped, and routes with two rows.</summary>
    public IReadOnlyList<string> Mismatches(IServiceProvider services)
    {
        var mapped = RoutesOf(services);
        var listed = rows.Select(r => r.Route).ToList();
        return
        [
            .. mapped.Except(listed).Select(r => $"{r}: mapped by the service, but the matrix has no row for it"),
            .. listed.Except(mapped).Select(r => $"{r}: a row of the matrix, but the service maps no such route"),
            .. listed.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {g.Count()} rows"),
        ];
    }

    /// <summary>What the matrix expects of one call: <c>null</c> when the handler must answer, else the denial.</summary>
    public static string? DenialFor(AccessRow row, string? role, Side side) => row.Reach switch
    {
        Reach.Anonymous => null,
        _ when role is null => "401",
        _ when !row.Roles.Contains(role) => "403",
        _ when side == Side.Inside || role == Roles.Admin => null,
        _ when row.RefusedInBody is not null => "a refusal in the answer",
        Reach.OwnUnit => "403",
        Reach.OwnOnly => "404",
        _ => null,
    };

    /// <summary>Sends every row's request as every caller, for both sides; returns one line per unexpected answer.</summary>
    public async Task<IReadOnlyList<string>> WalkAsync(HttpClient client, TestTokens tokens, string unitCode, string subject)
    {
        var unexpected = new List<string>();
        foreach (var row in rows)
        {
            foreach (var role in Callers)
            {
                foreach (var side in Enum.GetValues<Side>())
                {
                    using var request = await row.Request(side);
                    if (!Aims(row, request))
                    {
                        unexpected.Add($"{row.Route}: its request {request.Method} {request.RequestUri} is for another route");
                        continue;
                    }

                    if (role is not null)
                    {
                        request.Headers.Authorization = new("Bearer", tokens.Issue(role, unitCode, subject));
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    var denial = DenialFor(row, role, side);
                    var handlerAnswered = status is >= 200 and < 300 || HandlerRefusals.Contains(status);
                    var refusedInBody = handlerAnswered && row.RefusedInBody is { } refused && refused(side, body);
                    var asExpected = denial switch
                    {
                        null => handlerAnswered && !refusedInBody,
                        "a refusal in the answer" => refusedInBody,
                        _ => $"{status}" == denial,
                    };
                    if (!asExpected)
                    {
                        unexpected.Add($"{row.Route} as {role ?? "no token"} of {unitCode}, target {side}: expected "
                                       + $"{denial ?? "the handler's answer"}, got {status} {body[..Math.Min(body.Length, 300)]}");
                    }
                }
            }
        }

        return unexpected;
    }

    private static string PatternOf(RouteEndpoint endpoint)
    {
        var pattern = endpoint.RoutePattern.RawText ?? "";
        return "/" + pattern.Trim('/');
    }

    private static bool Aims(AccessRow row, HttpRequestMessage request)
    {
        var (method, pattern) = (row.Route[..row.Route.IndexOf(' ')], row.Route[(row.Route.IndexOf(' ') + 1)..]);
        var path = request.RequestUri!.OriginalString.Split('?')[0];
        var matcher = new TemplateMatcher(TemplateParser.Parse(pattern.TrimStart('/')), new RouteValueDictionary());
        return (method == "ANY" || method == request.Method.Method) && matcher.TryMatch(new PathString(path), new RouteValueDictionary());
    }
}
