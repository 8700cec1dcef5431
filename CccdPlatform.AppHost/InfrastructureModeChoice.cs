using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace CccdPlatform.AppHost;

/// <summary>The infrastructure mode in force and a sentence saying why, for the log.</summary>
public sealed record InfrastructureModeChoice(InfrastructureMode Mode, string Reason)
{
    public const string ConfigurationKey = "Infrastructure:Mode";

    private static readonly TimeSpan DockerProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Reads <c>Infrastructure:Mode</c> and resolves <see cref="InfrastructureMode.Auto"/>. A container
    /// resource without a runtime never becomes healthy and silently blocks everything that waits for it,
    /// so Auto picks containers only when <c>docker info</c> succeeds.
    /// </summary>
    public static InfrastructureModeChoice Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        var mode = InfrastructureMode.Auto;
        if (!string.IsNullOrWhiteSpace(configured) && !Enum.TryParse(configured, ignoreCase: true, out mode))
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} is '{configured}'; expected one of: {string.Join(", ", Enum.GetNames<InfrastructureMode>())}.");
        }

        if (mode != InfrastructureMode.Auto)
        {
            return new(mode, $"{ConfigurationKey} is set to {mode}");
        }

        var (dockerAnswers, detail) = ProbeDocker();
        return new(dockerAnswers ? InfrastructureMode.Containers : InfrastructureMode.Local, $"{ConfigurationKey} is Auto and {detail}");
    }

    private static (bool Answers, string Detail) ProbeDocker()
    {
        var startInfo = new ProcessStartInfo("docker", "info")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        try
        {
            using var docker = Process.Start(startInfo)!;
            // Drain both pipes so a chatty `docker info` cannot block on a full pipe.
            docker.OutputDataReceived += (_, _) => { };
            docker.ErrorDataReceived += (_, _) => { };
            docker.BeginOutputReadLine();
            docker.BeginErrorReadLine();

            if (!docker.WaitForExit(DockerProbeTimeout))
            {
                docker.Kill(entireProcessTree: true);
                return (false, $"`docker info` did not answer within {DockerProbeTimeout.TotalSeconds:0} s");
            }

            return docker.ExitCode == 0
                ? (true, "`docker info` succeeded")
                : (false, $"`docker info` exited with code {docker.ExitCode}, so no container runtime answers");
        }
        catch (Win32Exception)
        {
            return (false, "there is no `docker` command");
        }
    }
}
