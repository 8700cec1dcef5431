namespace CccdPlatform.AppHost;

internal static class IdentityDiscovery
{
    /// <summary>
    /// The service reads the identity service's discovery document and keys at its internal address (service discovery
    /// resolves <c>http://identity</c>), while its tokens name the public URL through the gateway as their issuer.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIdentityDiscovery(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity) => project
        .WithReference(identity)
        .WithEnvironment("Authentication__MetadataAddress", $"http://{ResourceNames.Identity}/.well-known/openid-configuration");
}
