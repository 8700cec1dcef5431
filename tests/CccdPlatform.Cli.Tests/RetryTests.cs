using System.Net;
using System.Text;
using CccdPlatform.Cli.Http;

namespace CccdPlatform.Cli.Tests;

public class RetryTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"personalId":"038095001234"}""");

    private static PlatformClient Client(ScriptedHandler handler, int maxAttempts = 8) => new(
        handler, new Uri("http://gateway.test"), retry: new RetryPolicy(maxAttempts, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20)));

    private static Task<Answer> SubmitAsync(PlatformClient client, string key = "key-1") => client.SendAsync(
        Operation.Application, HttpMethod.Post, "/api/intake/applications", Body, PlatformClient.Json, "Bearer t", key);

    [Fact]
    public async Task AnAttemptThatGotNoAnswerIsRetriedWithTheSameIdempotencyKeyAndBody()
    {
        var handler = new ScriptedHandler(sent => sent.Attempt == 1 ? throw new HttpRequestException("connection reset") : ScriptedHandler.Receipt());
        using var client = Client(handler);

        var answer = await SubmitAsync(client);

        Assert.Equal(201, answer.Status);
        Assert.Equal(2, answer.Attempts);
        var sent = handler.Requests.ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, s => Assert.Equal("key-1", s.IdempotencyKey));
        Assert.Equal(sent[0].Body, sent[1].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task ServerErrorsAreRetriedUntilTheyPass(HttpStatusCode failure)
    {
        var handler = new ScriptedHandler(sent => sent.Attempt < 3 ? new HttpResponseMessage(failure) : ScriptedHandler.Receipt());
        using var client = Client(handler);

        var answer = await SubmitAsync(client);

        Assert.Equal(201, answer.Status);
        Assert.Equal(3, answer.Attempts);
        Assert.Single(handler.Requests.Select(s => s.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task TooManyRequestsWaitsAsLongAsRetryAfterSays()
    {
        var handler = new ScriptedHandler(sent =>
        {
            if (sent.Attempt > 1)
            {
                return ScriptedHandler.Receipt();
            }

            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return response;
        });
        using var client = Client(handler);

        var answer = await SubmitAsync(client);

        Assert.Equal(201, answer.Status);
        var sent = handler.Requests.ToList();
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {sent[1].At - sent[0].At}");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task ARefusalIsNotRetried(HttpStatusCode refusal)
    {
        var handler = new ScriptedHandler(_ => ScriptedHandler.Json(refusal, """{"title":"No.","status":400}"""));
        using var client = Client(handler);

        var answer = await SubmitAsync(client);

        Assert.Equal((int)refusal, answer.Status);
        Assert.Single(handler.Requests);
        Assert.Equal("No.", answer.Problem()?.Title);
    }

    [Fact]
    public async Task AfterTheLastAttemptTheFailureIsReturnedNotThrown()
    {
        var handler = new ScriptedHandler(_ => throw new HttpRequestException("connection refused"));
        using var client = Client(handler, maxAttempts: 3);

        var answer = await SubmitAsync(client);

        Assert.Equal(0, answer.Status);
        Assert.Equal(3, answer.Attempts);
        Assert.Contains("connection refused", answer.NetworkError);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public void IntakeRoutesGoStraightToIntakeWhenItsAddressIsGivenAndTheRestToTheGateway()
    {
        using var client = new PlatformClient(new ScriptedHandler(_ => new HttpResponseMessage()), new Uri("http://gateway.test:8080"),
            new Uri("http://intake.test:5001"));

        Assert.Equal("http://intake.test:5001/api/intake/applications", client.UriOf("/api/intake/applications").ToString());
        Assert.Equal("http://gateway.test:8080/api/biometrics/captures", client.UriOf("/api/biometrics/captures").ToString());
        Assert.Equal("http://gateway.test:8080/dev/token", client.UriOf("/dev/token").ToString());
    }
}
