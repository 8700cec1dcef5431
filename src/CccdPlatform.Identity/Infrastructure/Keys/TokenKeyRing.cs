using System.Buffers.Text;
using System.Security.Cryptography;
using CccdPlatform.Identity.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.Identity.Infrastructure.Keys;

/// <summary>
/// The token server's keys, kept in the database so that they survive restarts and are shared by every instance. The
/// newest key signs (or encrypts); older ones stay while a token they made may still be presented, so the JWKS
/// publishes old and new together during a rotation. A change of the ring fires <see cref="Changes"/>, which rebuilds
/// the server's options.
/// </summary>
public sealed class TokenKeyRing(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<IdentityServiceOptions> options,
    TimeProvider clock,
    ILogger<TokenKeyRing> logger)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("CccdPlatform.Identity.TokenKeys");
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? current;
    private CancellationTokenSource changed = new();

    /// <summary>Newest first: OpenIddict signs with the first.</summary>
    public IReadOnlyList<SigningCredentials> Signing => Current.Signing;

    public IReadOnlyList<EncryptingCredentials> Encryption => Current.Encryption;

    public IEnumerable<SecurityKey> VerificationKeys => Current.Signing.Select(c => c.Key);

    public IChangeToken Changes => new CancellationChangeToken(changed.Token);

    private Snapshot Current => current ?? RefreshBlocking();

    /// <summary>
    /// Makes a key where none is recent enough, drops keys no token can still need, and reloads the ring; true when
    /// the ring changed.
    /// </summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityServiceDbContext>();
            var now = clock.GetUtcNow();
            var settings = options.Value;
            var keep = Max(settings.AccessTokenLifetime, settings.RefreshTokenLifetime) + TimeSpan.FromMinutes(5);
            var keys = await db.TokenKeys.OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);

            foreach (var use in Enum.GetValues<TokenKeyUse>())
            {
                var ofUse = keys.Where(k => k.Use == use).ToList();
                if (ofUse.Count == 0 || now - ofUse[0].CreatedAt >= settings.KeyRotationAge)
                {
                    var key = NewKey(use, now);
                    db.TokenKeys.Add(key);
                    keys.Insert(0, key);
                    logger.LogInformation("Made a new {Use} key {KeyId}", use, key.KeyId);
                }

                // A key stopped signing when the next one was made; its last tokens expire within `keep` after that.
                var uses = keys.Where(k => k.Use == use).ToList();
                for (var i = 1; i < uses.Count; i++)
                {
                    if (now - uses[i - 1].CreatedAt > keep)
                    {
                        db.TokenKeys.Remove(uses[i]);
                        keys.Remove(uses[i]);
                        logger.LogInformation("Retired {Use} key {KeyId}", use, uses[i].KeyId);
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            var before = current;
            current = Load(keys);
            if (before is null || before.KeyIds.SetEquals(current.KeyIds))
            {
                return false;
            }

            var fired = changed;
            changed = new CancellationTokenSource();
            await fired.CancelAsync();
            return true;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private Snapshot RefreshBlocking()
    {
        RefreshAsync(CancellationToken.None).GetAwaiter().GetResult();
        return current!;
    }

    private TokenKey NewKey(TokenKeyUse use, DateTimeOffset now)
    {
        byte[] material;
        if (use == TokenKeyUse.Signing)
        {
            using var rsa = RSA.Create(2048);
            material = rsa.ExportPkcs8PrivateKey();
        }
        else
        {
            material = RandomNumberGenerator.GetBytes(32);
        }

        return new TokenKey
        {
            Id = Guid.CreateVersion7(),
            Use = use,
            KeyId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
            CreatedAt = now,
            ProtectedMaterial = Convert.ToBase64String(protector.Protect(material)),
        };
    }

    private Snapshot Load(IEnumerable<TokenKey> keys)
    {
        var signing = new List<SigningCredentials>();
        var encryption = new List<EncryptingCredentials>();
        foreach (var key in keys.OrderByDescending(k => k.CreatedAt))
        {
            var material = protector.Unprotect(Convert.FromBase64String(key.ProtectedMaterial));
            if (key.Use == TokenKeyUse.Signing)
            {
                var rsa = RSA.Create();
                rsa.ImportPkcs8PrivateKey(material, out _);
                signing.Add(new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.KeyId }, SecurityAlgorithms.RsaSha256));
            }
            else
            {
                encryption.Add(new EncryptingCredentials(new SymmetricSecurityKey(material) { KeyId = key.KeyId },
                    SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
            }
        }

        return new Snapshot(signing, encryption, keys.Select(k => k.KeyId).ToHashSet());
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Snapshot(
        IReadOnlyList<SigningCredentials> Signing, IReadOnlyList<EncryptingCredentials> Encryption, HashSet<string> KeyIds);
}
