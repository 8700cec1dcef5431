using System.Reflection;

namespace CccdPlatform.AppHost;

/// <summary>
/// Starts a project from its build output rather than through <c>dotnet run --no-build</c>: the same files, without
/// a resident <c>dotnet run</c> parent per service (~85 MB each, and a project evaluation at every start). The build
/// output's path is recorded in this assembly when the AppHost is built (see the AppHost's project file); without it,
/// or when that file is missing, the project starts the usual way.
/// </summary>
internal static class BuiltProjectLaunch
{
    private const string Prefix = "ServiceTargetPath:";

    private static readonly Dictionary<string, string> TargetPaths = typeof(BuiltProjectLaunch).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(Prefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[Prefix.Length..], a => a.Value!, StringComparer.OrdinalIgnoreCase);

    public static IResourceBuilder<ProjectResource> FromBuildOutput(this IResourceBuilder<ProjectResource> project)
    {
        var metadata = project.Resource.GetProjectMetadata();
        if (!TargetPaths.TryGetValue(Path.GetFileNameWithoutExtension(metadata.ProjectPath), out var assembly))
        {
            return project;
        }

        var executable = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        if (!File.Exists(executable))
        {
            return project;
        }

        project.Resource.Annotations.Add(new ExecutableAnnotation
        {
            Command = executable,
            WorkingDirectory = Path.GetDirectoryName(metadata.ProjectPath)!,
        });
        return project;
    }
}
