using System.Net;
using CccdPlatform.Integrations.Apis;
using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Tests;

/// <summary>Outside Development a webhook cannot be pointed at the platform's own network.</summary>
public class WebhookPolicyTests
{
    private static readonly WebhookPolicy Production = new(allowInsecure: false);

    [Theory]
    [InlineData("http://hooks.example.vn/cccd")]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://api.localhost/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.20.0.5/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://user:pass@hooks.example.vn/hook")]
    [InlineData("intake/api")]
    public void OutsideDevelopmentAnInsecureOrInternalUrlIsRefused(string url) => Assert.NotNull(Production.ProblemWith(url));

    [Fact]
    public void OutsideDevelopmentAPublicHttpsUrlIsAccepted()
    {
        Assert.Null(Production.ProblemWith("https://hooks.example.vn/cccd?source=platform"));
        Assert.Null(Production.ProblemWith("https://203.0.113.7:8443/hook"));
    }

    [Fact]
    public void InDevelopmentALoopbackHttpUrlIsAccepted() =>
        Assert.Null(new WebhookPolicy(allowInsecure: true).ProblemWith("http://127.0.0.1:5000/hook"));

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.8", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::ffff:192.168.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("203.0.113.7", true)]
    [InlineData("2001:db8::1", true)]
    public void ConnectionsAreAllowedToPublicAddressesOnly(string address, bool allowed) =>
        Assert.Equal(allowed, Production.Allows(IPAddress.Parse(address)));

    [Fact]
    public void TheSubscriptionFormReportsTheUrlProblemOnItsField()
    {
        var validator = new SubscribeValidator(EventCatalog.Contracts, Production);

        var result = validator.Validate(new Subscribe(["RosterImported"], "webhook", "http://hooks.example.vn/cccd"));

        Assert.Contains(result.Errors, e => string.Equals(e.PropertyName, "webhookUrl", StringComparison.OrdinalIgnoreCase) && e.ErrorMessage.Contains("https"));
    }
}
