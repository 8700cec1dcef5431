namespace CccdPlatform.AppHost;

/// <summary>How RabbitMQ and PostgreSQL are run: configuration key <c>Infrastructure:Mode</c>.</summary>
public enum InfrastructureMode
{
    /// <summary>Containers when a container runtime answers, local servers otherwise.</summary>
    Auto,

    /// <summary>The official Aspire container resources.</summary>
    Containers,

    /// <summary>The Debian packages' servers, started by the scripts under <c>scripts/</c>.</summary>
    Local,
}
