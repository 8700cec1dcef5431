using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>
/// A capture's Idempotency-Key, as intake reads an application's: prefixed with the caller's subject so two clients
/// cannot collide, with the SHA-256 of the request to tell a resend from another capture under the same key.
/// </summary>
public static class ResendKeys
{
    public const int MaxLength = 200;

    public static bool IsValid(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is >= ' ' and <= '~');

    public static (string Key, string RequestHash)? Of(ClaimsPrincipal user, string? idempotencyKey, SubmitCapture form) =>
        idempotencyKey is null
            ? null
            : ($"{user.SubjectOf()}:{idempotencyKey}", Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(form))));
}
