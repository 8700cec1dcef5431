using System.Security.Cryptography;
using CccdPlatform.Biometrics.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Tests;

public class TemplateProtectorTests
{
    private static readonly string KeyOne = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyTwo = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly byte[] _template = RandomNumberGenerator.GetBytes(2048);
    private readonly Guid _owner = Guid.NewGuid();

    private static TemplateProtector Protector(string? key, byte keyId = 1, Dictionary<byte, string>? retired = null) =>
        new(Options.Create(new TemplateProtectionOptions { TemplateKey = key, TemplateKeyId = keyId, RetiredTemplateKeys = retired ?? [] }));

    [Fact]
    public void AProtectedValueRoundTripsAndStartsWithItsKeyId()
    {
        var protector = Protector(KeyOne, keyId: 7);
        var stored = protector.Protect(_template, _owner, "face");

        Assert.Equal(7, stored[0]);
        Assert.Equal(_template, protector.Unprotect(stored, _owner, "face"));
    }

    [Fact]
    public void TheSameTemplateEncryptsDifferentlyEachTime()
    {
        var protector = Protector(KeyOne);
        Assert.NotEqual(protector.Protect(_template, _owner, "face"), protector.Protect(_template, _owner, "face"));
    }

    [Fact]
    public void AValueMovedToAnotherRecordOrFieldOrAlteredDoesNotDecrypt()
    {
        var protector = Protector(KeyOne);
        var stored = protector.Protect(_template, _owner, "finger:1");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, Guid.NewGuid(), "finger:1"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, _owner, "finger:2"));
        stored[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(stored, _owner, "finger:1"));
    }

    [Fact]
    public void AfterRotationTheRetiredKeyStillDecryptsWhatItEncrypted()
    {
        var old = Protector(KeyOne, keyId: 1).Protect(_template, _owner, "face");
        var rotated = Protector(KeyTwo, keyId: 2, retired: new() { [1] = KeyOne });

        Assert.Equal(_template, rotated.Unprotect(old, _owner, "face"));
        Assert.Equal(2, rotated.Protect(_template, _owner, "face")[0]);
        Assert.ThrowsAny<CryptographicException>(() => Protector(KeyTwo, keyId: 2).Unprotect(old, _owner, "face"));
    }

    [Fact]
    public void RotationIsConfiguredByKeyId()
    {
        var old = Protector(KeyOne, keyId: 1).Protect(_template, _owner, "face");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Biometrics:TemplateKey"] = KeyTwo,
            ["Biometrics:TemplateKeyId"] = "2",
            ["Biometrics:RetiredTemplateKeys:1"] = KeyOne,
        }).Build();
        var options = configuration.GetSection(TemplateProtectionOptions.Section).Get<TemplateProtectionOptions>()!;

        Assert.Equal(_template, new TemplateProtector(Options.Create(options)).Unprotect(old, _owner, "face"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64")]
    public void AMissingOrShortKeyStopsTheServiceFromStarting(string? key) =>
        Assert.Throws<InvalidOperationException>(() => Protector(key));
}
