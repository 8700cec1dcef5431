namespace CccdPlatform.FaultDrills.Tests;

/// <summary>A process of the drill's platform that can be killed and started again.</summary>
public interface IDrillProcess
{
    string Name { get; }

    /// <summary>The process a fault kills (the server itself, not its wrapper); null while it is not running.</summary>
    int? Pid { get; }

    /// <summary>It was started and has died since, by the drill's hand or anyone else's.</summary>
    bool HasDied { get; }

    /// <summary>Held while the drill or the supervisor kills or starts it, so that only one of them does.</summary>
    SemaphoreSlim Gate { get; }

    /// <summary>SIGKILL, as a crash or an OOM kill does; returns once what is left of it is gone.</summary>
    Task KillAsync();

    /// <summary>Starts it (again, after a crash: once what is left of the dead one is gone) and waits until it answers.</summary>
    Task StartAsync();
}
