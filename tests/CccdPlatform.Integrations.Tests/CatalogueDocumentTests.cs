namespace CccdPlatform.Integrations.Tests;

/// <summary>The reading of docs/events.md that the catalogue tests rely on.</summary>
public class CatalogueDocumentTests
{
    private static readonly string[] Markdown =
    [
        "# Event catalogue",
        "## Intake",
        "### ApplicationStatusChanged (v1)",
        "An application moved on.",
        "",
        "| field | type | meaning |",
        "|---|---|---|",
        "| applicationId | uuid | The application. |",
        "| oldStatus, newStatus | string | The statuses before and after. |",
        "| level, `state` | int, string? | Paired. |",
        "",
        "```json",
        "{ \"applicationId\": \"0193a4c2-5d1e-7c3b-9a51-2f0c8e7d6b41\" }",
        "```",
        "### AccountCreated",
        "## Internal events",
        "### CitizenIdentityRecorded (v2)",
    ];

    [Fact]
    public void AnEntryHasItsVersionSectionFieldsTypesAndExample()
    {
        var document = CatalogueDocument.Parse(Markdown);

        var entry = document.Entries[0];
        Assert.Equal(("ApplicationStatusChanged", 1, "Intake", false), (entry.Name, entry.Version, entry.Section, entry.IsInternal));
        Assert.Equal(
            ["applicationId uuid", "oldStatus string", "newStatus string", "level int", "state string?"],
            entry.Fields.Select(f => $"{f.Name} {f.Type}"));
        Assert.Contains("0193a4c2", entry.Example);
    }

    [Fact]
    public void AHeadingWithoutAVersionIsReportedAndInternalEntriesAreMarked()
    {
        var document = CatalogueDocument.Parse(Markdown);

        Assert.Equal(["### AccountCreated"], document.MalformedHeadings);
        var internalEntry = Assert.Single(document.Entries, e => e.Name == "CitizenIdentityRecorded");
        Assert.True(internalEntry.IsInternal);
        Assert.Equal(2, internalEntry.Version);
    }
}
