namespace CccdPlatform.Gateway.Tests;

public class CorrelationIdTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private const string Header = "X-Correlation-Id";

    private async Task<string> CorrelationIdOfResponseAsync(string path, string? sent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (sent is not null)
        {
            request.Headers.TryAddWithoutValidation(Header, sent);
        }

        var response = await gateway.CreateClient().SendAsync(request);
        return Assert.Single(response.Headers.GetValues(Header));
    }

    [Theory]
    [InlineData("/docs")]
    [InlineData("/api/intake/applications")] // turned away with 401, still traceable
    public async Task ACorrelationIdSentWithARequestIsEchoedOnTheResponse(string path)
    {
        Assert.Equal("order-42.retry_1", await CorrelationIdOfResponseAsync(path, "order-42.retry_1"));
    }

    [Fact]
    public async Task EachRequestWithoutACorrelationIdGetsANewOne()
    {
        var first = await CorrelationIdOfResponseAsync("/docs", sent: null);
        var second = await CorrelationIdOfResponseAsync("/docs", sent: null);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("has spaces")]
    [InlineData("<script>")]
    [InlineData("a-correlation-id-far-longer-than-the-sixty-four-characters-allowed-here")]
    public async Task AnUnsafeCorrelationIdIsReplacedByANewOne(string unsafeId)
    {
        Assert.Matches("^[0-9a-f]{32}$", await CorrelationIdOfResponseAsync("/docs", unsafeId));
    }
}
