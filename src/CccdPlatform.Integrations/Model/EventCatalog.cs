using System.Reflection;
using System.Text.RegularExpressions;
using CccdPlatform.Contracts;

namespace CccdPlatform.Integrations.Model;

/// <summary>
/// The events of the contracts assembly, found by rule so that a new contract is offered (and must be documented) as
/// soon as it exists. An event is a public record in a service's namespace (<c>CccdPlatform.Contracts.Xxx</c>) that no
/// other contract holds as a field: records that other contracts hold (<c>UnitPath</c>, <c>EIdRequest</c>) are values.
/// An event marked <see cref="InternalEventAttribute"/> is internal; every other one is public.
/// </summary>
public sealed partial class EventCatalog
{
    public const string RootNamespace = "CccdPlatform.Contracts";

    private readonly Dictionary<string, PublicEvent> _public;

    public EventCatalog(Assembly contracts)
    {
        var records = contracts.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericType && t.GetMethod("<Clone>$") is not null)
            .ToList();
        var values = records.SelectMany(t => t.GetProperties()).SelectMany(p => TypesWithin(p.PropertyType)).ToHashSet();
        var events = records
            .Where(t => t.Namespace?.StartsWith(RootNamespace + ".", StringComparison.Ordinal) == true && !values.Contains(t))
            .OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        Internal = events.Where(t => t.IsDefined(typeof(InternalEventAttribute), inherit: false)).ToList();
        Public = events.Except(Internal).Select(t => new PublicEvent(t.Name, VersionOf(t.Name), t)).ToList();
        var clashes = Public.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (clashes.Count > 0)
        {
            throw new InvalidOperationException(
                $"Public event names must be unique across namespaces (integrators subscribe by name): {string.Join(", ", clashes)}.");
        }

        _public = Public.ToDictionary(e => e.Name, StringComparer.Ordinal);
    }

    public static EventCatalog Contracts { get; } = new(typeof(UnitPath).Assembly);

    /// <summary>Public events, by namespace then name.</summary>
    public IReadOnlyList<PublicEvent> Public { get; }

    public IReadOnlyList<Type> Internal { get; }

    public PublicEvent? Find(string name) => _public.GetValueOrDefault(name);

    public bool IsInternal(string name) => Internal.Any(t => t.Name == name);

    private static int VersionOf(string name) =>
        VersionSuffix().Match(name) is { Success: true } match ? int.Parse(match.Groups[1].Value) : 1;

    private static IEnumerable<Type> TypesWithin(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            yield return argument;
        }

        if (type.GetElementType() is { } element)
        {
            yield return element;
        }
    }

    [GeneratedRegex(@"V([2-9]|[1-9][0-9]+)$")]
    private static partial Regex VersionSuffix();
}
