using CccdPlatform.Identity.Model;

namespace CccdPlatform.Identity.Apis;

public sealed record OfficerView(
    string Id, string UserName, string DisplayName, string Role, string UnitCode, string? TeamCode, bool IsActive,
    bool SecondFactor, DateTimeOffset? LockedOutUntil)
{
    public static OfficerView Of(Officer o) => new(
        o.Id, o.UserName!, o.DisplayName, o.Role, o.UnitCode, o.TeamCode, o.IsActive, o.TwoFactorEnabled,
        o.LockoutEnd > DateTimeOffset.UtcNow ? o.LockoutEnd : null);
}
