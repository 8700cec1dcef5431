using Microsoft.AspNetCore.Identity;

namespace CccdPlatform.Identity.Model;

/// <summary>An officer's account: who they are, what they may do and where. The user name is the sign-in name.</summary>
public sealed class Officer : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>One of the platform's roles (<c>Roles</c>), carried in the <c>role</c> claim.</summary>
    public required string Role { get; set; }

    /// <summary>The administrative unit the officer belongs to, carried in the <c>unitCode</c> claim.</summary>
    public required string UnitCode { get; set; }

    public string? TeamCode { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set for a new or reset password: the next sign-in must choose a new one first.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
