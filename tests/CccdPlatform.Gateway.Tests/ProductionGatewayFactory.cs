namespace CccdPlatform.Gateway.Tests;

public sealed class ProductionGatewayFactory : GatewayFactory
{
    protected override string Environment => "Production";
}
