namespace CccdPlatform.Identity.Extensions;

public sealed class IntegratorClient
{
    public string ClientId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Secret { get; set; } = "";
}
