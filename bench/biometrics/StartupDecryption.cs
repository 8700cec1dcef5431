using System.Diagnostics;
using System.Security.Cryptography;
using CccdPlatform.Biometrics.Infrastructure;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Bench;

/// <summary>How fast the service decrypts stored face templates when it loads its gallery at start (one thread).</summary>
public static class StartupDecryption
{
    public static string Run(int dimension, int templates = 100_000)
    {
        var protector = new TemplateProtector(Options.Create(new TemplateProtectionOptions
        {
            TemplateKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }));
        var owner = Guid.NewGuid();
        var stored = protector.Protect(RandomNumberGenerator.GetBytes(dimension * sizeof(float)), owner, ProtectedFields.FaceTemplate);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < templates; i++)
        {
            protector.Unprotect(stored, owner, ProtectedFields.FaceTemplate);
        }

        var perSecond = templates / watch.Elapsed.TotalSeconds;
        return $"Start-up decryption (AES-256-GCM, {dimension * sizeof(float)} B): {perSecond / 1e6:F2} M templates/s on one thread, " +
               $"{1_000_000 / perSecond:F1} s per million";
    }
}
