using CccdPlatform.Domain;

namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>The filters of <c>GET /api/{service}/audit</c>; all optional, combined with AND.</summary>
/// <param name="Citizen">The citizen's 12-digit ID number (where the service can turn it into the pseudonym) or the pseudonym itself.</param>
/// <param name="Subject">The subject of the caller's token.</param>
/// <param name="Action">e.g. <c>application.read</c>.</param>
/// <param name="From">Entries at or after this instant.</param>
/// <param name="To">Entries before this instant.</param>
public sealed record AuditQuery(
    string? Citizen, string? Subject, string? Action, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;
    public const int MaxFilterLength = 200;

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 50;

    public bool IsPersonalId => Citizen is { Length: 12 } c && c.All(char.IsAsciiDigit);

    public Dictionary<string, string[]> Validate(bool canResolvePersonalIds)
    {
        var errors = new Dictionary<string, string[]>();
        if (IsPersonalId && !canResolvePersonalIds)
        {
            errors["citizen"] = ["This service knows citizens by their reference only: give the citizenRef (intake's audit shows it for an ID number)."];
        }
        else if (Citizen is not null && !IsPersonalId && (Citizen.Length is 0 or > 128 || !Citizen.All(char.IsAsciiLetterOrDigit)))
        {
            errors["citizen"] = ["Give a 12-digit ID number or a citizen reference."];
        }

        foreach (var (name, value) in new[] { ("subject", Subject), ("action", Action) })
        {
            if (value is { Length: > MaxFilterLength } || !PlainText.IsPlain(value))
            {
                errors[name] = [$"Use at most {MaxFilterLength} printable characters."];
            }
        }

        if (PageNumber < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} entries."];
        }

        if (From > To)
        {
            errors["to"] = ["The end comes before the start."];
        }

        return errors;
    }
}
