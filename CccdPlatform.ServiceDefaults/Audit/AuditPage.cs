namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// A page of audit entries, newest first. No total: counting a table that grows by every read would cost more than
/// the page; <see cref="HasMore"/> says whether the next page has entries.
/// </summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int PageNumber, int PageSize, bool HasMore);
