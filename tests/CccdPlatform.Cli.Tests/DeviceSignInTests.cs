using System.Net;
using CccdPlatform.Cli.SignIn;

namespace CccdPlatform.Cli.Tests;

/// <summary>How <c>cccd login</c> polls the token endpoint, against a scripted identity service.</summary>
public class DeviceSignInTests
{
    private static readonly Uri Gateway = new("https://gateway.test/");

    private static HttpResponseMessage Discovery() => ScriptedHandler.Json(HttpStatusCode.OK, """
        {"issuer":"https://gateway.test/","token_endpoint":"https://gateway.test/connect/token",
         "device_authorization_endpoint":"https://gateway.test/connect/device","revocation_endpoint":"https://gateway.test/connect/revoke"}
        """);

    private static HttpResponseMessage Error(string error) => ScriptedHandler.Json(HttpStatusCode.BadRequest, $$"""{"error":"{{error}}"}""");

    /// <summary>An identity service that asks for <paramref name="interval"/> seconds and answers the polls in turn.</summary>
    private static ScriptedHandler Service(int interval, params Func<HttpResponseMessage>[] polls) => new(sent => sent.Path switch
    {
        "/.well-known/openid-configuration" => Discovery(),
        "/connect/device" => ScriptedHandler.Json(HttpStatusCode.OK, $$"""
            {"device_code":"device-1","user_code":"ABCD-EFGH","verification_uri":"https://gateway.test/connect/verify",
             "verification_uri_complete":"https://gateway.test/connect/verify?user_code=ABCD-EFGH","expires_in":600,"interval":{{interval}}}
            """),
        "/connect/token" => polls[Math.Min(sent.Attempt, polls.Length) - 1](),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    private static (OfficerSignIn SignIn, List<TimeSpan> Pauses) SignInWith(ScriptedHandler service)
    {
        var pauses = new List<TimeSpan>();
        return (new OfficerSignIn(new HttpClient(service), Gateway)
        {
            Delay = (pause, _) =>
            {
                pauses.Add(pause);
                return Task.CompletedTask;
            },
        }, pauses);
    }

    [Fact]
    public async Task PollsAtTheIntervalAskedAndFiveSecondsSlowerAfterEachSlowDown()
    {
        var tokens = ScriptedHandler.Json(HttpStatusCode.OK, """{"access_token":"a.b.c","refresh_token":"r1","expires_in":1800,"token_type":"Bearer"}""");
        var (signIn, pauses) = SignInWith(Service(2,
            () => Error("authorization_pending"), () => Error("slow_down"), () => Error("authorization_pending"), () => Error("slow_down"), () => tokens));
        string? shown = null;

        var credentials = await signIn.SignInAsync(device => shown = device.UserCode, CancellationToken.None);

        Assert.Equal("ABCD-EFGH", shown);
        Assert.Equal([2, 2, 7, 7, 12], pauses.Select(p => p.TotalSeconds));
        Assert.Equal(("a.b.c", "r1", Gateway.AbsoluteUri), (credentials.AccessToken, credentials.RefreshToken, credentials.Gateway));
        Assert.InRange(credentials.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(29), DateTimeOffset.UtcNow.AddMinutes(31));
    }

    [Fact]
    public async Task AServerThatFailsDoublesThePauseAndAnUnknownErrorStopsWithIt()
    {
        var (signIn, pauses) = SignInWith(Service(1,
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), () => Error("invalid_client")));

        var stopped = await Assert.ThrowsAsync<InvalidOperationException>(() => signIn.SignInAsync(_ => { }, CancellationToken.None));

        Assert.Equal([1, 2], pauses.Select(p => p.TotalSeconds));
        Assert.Contains("invalid_client", stopped.Message);
    }
}
