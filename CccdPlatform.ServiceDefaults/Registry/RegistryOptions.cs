namespace CccdPlatform.ServiceDefaults.Registry;

public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>
    /// When true (the default), work is accepted only from a registered, active machine of the caller's unit and for a
    /// team the caller belongs to. Off only for tests and tools that predate the registry.
    /// </summary>
    public bool Enforce { get; set; } = true;
}
