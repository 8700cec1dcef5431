using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.Integrations.Model;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// docs/events.md against the contracts, so the catalogue cannot drift: every public event is documented with exactly
/// its fields and their types and an example that reads as the contract, nothing else is documented as public, and no
/// public event has a field that names personal or biometric data. A new contract fails here until it is documented.
/// </summary>
public partial class CatalogueTests
{
    private static readonly CatalogueDocument Document = CatalogueDocument.Load();
    private static readonly EventCatalog Catalog = EventCatalog.Contracts;
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly HashSet<string> PersonalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "Names", "Birth", "Birthday", "Phone", "Email", "Address", "Street", "Sex", "Gender", "Passport",
        "Template", "Templates", "Photo", "Photos", "Portrait", "Image", "Images", "Fingerprint", "Fingerprints",
        "Iris", "Irises", "Minutiae",
    };

    private static readonly HashSet<string> PersonalNames = new(StringComparer.OrdinalIgnoreCase) { "PersonalId", "IdNumber" };

    public static TheoryData<string> PublicEvents => new(Catalog.Public.Select(e => e.Name));

    [Fact]
    public void TheCatalogueTellsEventsFromTheValuesTheyHoldAndInternalEventsFromPublicOnes()
    {
        var received = Catalog.Find(nameof(ApplicationReceived))!;

        Assert.Equal("CccdPlatform.Contracts.Intake:ApplicationReceived", received.ExchangeName);
        Assert.Equal(1, received.Version);
        Assert.Contains(typeof(CitizenIdentityRecorded), Catalog.Internal);
        Assert.Null(Catalog.Find(nameof(CitizenIdentityRecorded)));
        Assert.DoesNotContain(Catalog.Public, e => e.Type == typeof(UnitPath) || e.Type == typeof(EIdRequest));
        Assert.DoesNotContain(typeof(EIdRequest), Catalog.Internal);
        Assert.Contains(Catalog.Public, e => e.Type.Namespace == "CccdPlatform.Contracts.Biometrics");
    }

    [Theory]
    [MemberData(nameof(PublicEvents))]
    public void EveryPublicEventIsDocumentedWithExactlyItsFieldsAndTheirTypes(string name)
    {
        var evt = Catalog.Find(name)!;
        var entries = Document.Entries.Where(e => e.Name == name).ToList();
        Assert.True(entries.Count == 1, $"docs/events.md must have one '### {name} (v{evt.Version})' entry with its table; it has {entries.Count}.");
        var entry = entries[0];
        Assert.False(entry.IsInternal, $"{name} is public but documented under '{CatalogueDocument.InternalSection}'.");
        Assert.Equal(evt.Version, entry.Version);

        var expected = evt.Type.GetProperties().ToDictionary(p => CamelCase(p.Name), DocumentedType);
        var documented = entry.Fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.Select(f => f.Type).ToList());
        var missing = expected.Keys.Except(documented.Keys).ToList();
        var unknown = documented.Keys.Except(expected.Keys).ToList();
        Assert.True(missing.Count == 0 && unknown.Count == 0,
            $"{name}: fields missing from the table: [{string.Join(", ", missing)}]; documented but not in the contract: [{string.Join(", ", unknown)}].");
        Assert.All(documented, field => Assert.True(field.Value.Count == 1 && field.Value[0] == expected[field.Key],
            $"{name}.{field.Key}: documented as '{string.Join("', '", field.Value)}', the contract says '{expected[field.Key]}'."));
        Assert.All(entry.Fields, field => Assert.False(string.IsNullOrWhiteSpace(field.Meaning), $"{name}.{field.Name} has no meaning."));
    }

    [Theory]
    [MemberData(nameof(PublicEvents))]
    public void EveryPublicEventHasAnExampleThatReadsAsTheContract(string name)
    {
        var evt = Catalog.Find(name)!;
        var entry = Document.Entries.FirstOrDefault(e => e.Name == name);
        Assert.True(entry?.Example is not null, $"docs/events.md has no ```json example for {name}.");

        var example = JsonDocument.Parse(entry.Example).RootElement;
        var keys = example.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(evt.Type.GetProperties().Select(p => CamelCase(p.Name)).Order().ToList(), keys);
        Assert.NotNull(example.Deserialize(evt.Type, JsonSerializerOptions.Web));
    }

    [Fact]
    public void EveryDocumentedEventIsAContractAndInternalOnesStayInTheirOwnSection()
    {
        Assert.True(Document.MalformedHeadings.Count == 0,
            $"Headings that are not '### Name (vN)': {string.Join(" | ", Document.MalformedHeadings)}");
        Assert.True(Document.Entries.Count > 0);
        foreach (var entry in Document.Entries)
        {
            if (entry.IsInternal)
            {
                Assert.True(Catalog.IsInternal(entry.Name), $"'{entry.Name}' is under '{CatalogueDocument.InternalSection}' but is no [InternalEvent] contract.");
            }
            else
            {
                Assert.True(Catalog.Find(entry.Name) is not null, Catalog.IsInternal(entry.Name)
                    ? $"{entry.Name} is internal: document it under '## {CatalogueDocument.InternalSection}' or not at all."
                    : $"docs/events.md documents '{entry.Name}', which is no public event in the contracts.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PublicEvents))]
    public void NoPublicEventHasAFieldThatNamesPersonalOrBiometricData(string name) =>
        Assert.Empty(PersonalFields(Catalog.Find(name)!.Type));

    [Fact]
    public void ThePersonalDataCheckCatchesTheInternalIdentityEvent() =>
        Assert.Equal(
            ["DateOfBirth", "EIdRequest.Email", "EIdRequest.PhoneNumber", "FullName", "LegalRepresentative.FullName",
                "LegalRepresentative.PersonalId", "PersonalId", "Sex"],
            PersonalFields(typeof(CitizenIdentityRecorded)).Order().ToList());

    /// <summary>Fields, nested ones included (<c>EIdRequest.Email</c>), whose name holds a word of personal data.</summary>
    private static IEnumerable<string> PersonalFields(Type type, string prefix = "")
    {
        foreach (var property in type.GetProperties())
        {
            var path = prefix + property.Name;
            if (PersonalNames.Contains(property.Name) || Words().Matches(property.Name).Any(w => PersonalWords.Contains(w.Value)))
            {
                yield return path;
            }

            var inner = ElementOf(property.PropertyType);
            if (inner.Assembly == typeof(UnitPath).Assembly && inner != type)
            {
                foreach (var nested in PersonalFields(inner, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The type as the catalogue writes it: uuid, string, bool, int, number, date-time, date, object, T[], with ? when nullable.</summary>
    private static string DocumentedType(PropertyInfo property)
    {
        var type = property.PropertyType;
        var nullable = Nullable.GetUnderlyingType(type) is not null
                       || (!type.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable);
        return NameOf(Nullable.GetUnderlyingType(type) ?? type) + (nullable ? "?" : "");
    }

    private static string NameOf(Type type) => type switch
    {
        _ when type == typeof(Guid) => "uuid",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "int",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "number",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "date-time",
        _ when type == typeof(DateOnly) => "date",
        _ when type.IsEnum => "string",
        _ when ElementOf(type) != type => NameOf(ElementOf(type)) + "[]",
        _ when type.Assembly == typeof(UnitPath).Assembly => "object",
        _ => type.Name,
    };

    private static Type ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()!
        : type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : Nullable.GetUnderlyingType(type) ?? type;

    private static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z][a-z0-9]*|[a-z0-9]+")]
    private static partial Regex Words();
}
