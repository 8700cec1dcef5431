using System.Net.Http.Json;

namespace CccdPlatform.TestSupport.Access;

/// <summary>
/// One route of the access matrix: <c>"METHOD /pattern"</c> as the service maps it, the roles it admits, how far they
/// reach, and a real request aimed at a target inside or outside the caller's unit.
/// </summary>
public sealed record AccessRow(string Route, IReadOnlyCollection<string> Roles, Reach Reach, Func<Side, Task<HttpRequestMessage>> Request)
{
    public AccessRow(string route, IReadOnlyCollection<string> roles, Reach reach, Func<Side, HttpRequestMessage> request)
        : this(route, roles, reach, side => Task.FromResult(request(side)))
    {
    }

    /// <summary>
    /// For a route that refuses a target outside the caller's unit in its answer rather than with 403 (a batch refuses
    /// the item, not the whole batch; a list leaves it out): true when the answer's body refuses that side's target.
    /// </summary>
    public Func<Side, string, bool>? RefusedInBody { get; init; }

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    public static HttpRequestMessage Delete(string path) => new(HttpMethod.Delete, path);

    public static HttpRequestMessage Post(string path, object? body = null) => WithBody(HttpMethod.Post, path, body);

    public static HttpRequestMessage Put(string path, object? body) => WithBody(HttpMethod.Put, path, body);

    private static HttpRequestMessage WithBody(HttpMethod method, string path, object? body) =>
        new(method, path) { Content = body is null ? null : JsonContent.Create(body) };
}
