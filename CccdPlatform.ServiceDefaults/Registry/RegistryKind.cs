namespace CccdPlatform.ServiceDefaults.Registry;

/// <summary>What a registry entry describes.</summary>
public enum RegistryKind
{
    Station,
    Team,
    Machine,
}
