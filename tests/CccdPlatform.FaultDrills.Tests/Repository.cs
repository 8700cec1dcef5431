using System.Reflection;

namespace CccdPlatform.FaultDrills.Tests;

/// <summary>Where the drill finds the project's scripts and the built services (recorded at build time by the project file).</summary>
public static class Repository
{
    public static string Root => Metadata("RepositoryRoot");

    public static string Scripts => Path.Combine(Root, "scripts");

    /// <summary>The built assembly of a service, e.g. "CccdPlatform.Intake".</summary>
    public static string ServiceAssembly(string name) => Metadata(name);

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The drill was built without {key}.");
}
