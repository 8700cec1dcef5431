using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.EIdentification;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Reporting.Model;

namespace CccdPlatform.Reporting.Projections;

/// <summary>The event types reporting keeps and projects, and how a stored one is read back.</summary>
public static class ProjectedEvents
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, Type> Types = new Type[]
    {
        typeof(ApplicationReceived),
        typeof(ApplicationStatusChanged),
        typeof(RosterImported),
        typeof(AccountRequested),
        typeof(AccountCreated),
        typeof(AccountActivated),
        typeof(AccountUpgraded),
        typeof(AccountLocked),
        typeof(AccountUnlocked),
        typeof(DeadlineBreached),
    }.ToDictionary(t => t.FullName!);

    public static string NameOf<T>() => typeof(T).FullName!;

    /// <summary>The stored event as its contract, or null with the reason when it cannot be projected.</summary>
    public static (object? Message, string? Problem) Read(StoredEvent stored)
    {
        if (!Types.TryGetValue(stored.Type, out var type))
        {
            return (null, "no projection reads this type");
        }

        object? message;
        try
        {
            message = JsonSerializer.Deserialize(stored.Body, type, Json);
        }
        catch (JsonException exception)
        {
            return (null, exception.Message);
        }

        return message is not null && UnitsOf(message).All(UnitCodes.IsValid) && HasSaneFields(message)
            ? (message, null)
            : (null, "a unit code or a field is missing or malformed");
    }

    /// <summary>The units an event names, so that reporting learns where they lie.</summary>
    public static IEnumerable<UnitPath?> UnitsOf(object message) => message switch
    {
        ApplicationReceived received => [received.CollectingUnit, new UnitPath(received.PermanentProvinceCode, null, null)],
        ApplicationStatusChanged changed => [changed.CollectingUnit, new UnitPath(changed.PermanentProvinceCode, null, null)],
        RosterImported roster when roster.Commune?.CommuneCode is not null => [roster.Commune],
        AccountRequested e => [e.Unit, e.RequestingUnit],
        AccountCreated e => [e.Unit],
        AccountActivated e => [e.Unit],
        AccountUpgraded e => [e.Unit, e.RequestingUnit],
        AccountLocked e => [e.Unit],
        AccountUnlocked e => [e.Unit],
        DeadlineBreached e => [e.RequestingUnit],
        _ => [null],
    };

    /// <summary>When the event happened in the service that raised it.</summary>
    public static DateTimeOffset OccurredAt(object message) => message switch
    {
        ApplicationReceived e => e.ReceivedAt,
        ApplicationStatusChanged e => e.ChangedAt,
        RosterImported e => e.ImportedAt,
        AccountRequested e => e.RequestedAt,
        AccountCreated e => e.CreatedAt,
        AccountActivated e => e.ActivatedAt,
        AccountUpgraded e => e.UpgradedAt,
        AccountLocked e => e.LockedAt,
        AccountUnlocked e => e.UnlockedAt,
        DeadlineBreached e => e.DetectedAt,
        _ => throw new ArgumentException($"{message.GetType().Name} is not projected.", nameof(message)),
    };

    private static bool HasSaneFields(object message) => message switch
    {
        ApplicationReceived r => IsName(r.Channel) && IsName(r.VisitType) && IsName(r.RequestKind)
            && IsCodeOrNull(r.TeamCode) && IsCodeOrNull(r.MachineId),
        ApplicationStatusChanged c => IsName(c.NewStatus),
        RosterImported r => r.EligibleCount >= 0,
        AccountRequested e => IsAccount(e.Level, e.State),
        AccountCreated e => IsAccount(e.Level, e.State),
        AccountActivated e => IsAccount(e.Level, e.State),
        AccountUpgraded e => IsAccount(e.Level, e.State),
        AccountLocked e => IsAccount(e.Level, e.State),
        AccountUnlocked e => IsAccount(e.Level, e.State),
        _ => true,
    };

    private static bool IsAccount(int level, string? state) => level is 1 or 2 && IsName(state);

    private static bool IsName(string? value) => value is { Length: > 0 and <= 64 };

    private static bool IsCodeOrNull(string? value) => value is null || IsName(value);
}
