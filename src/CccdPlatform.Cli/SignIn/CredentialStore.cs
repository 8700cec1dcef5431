using System.Text.Json;
using CccdPlatform.Cli.Api;

namespace CccdPlatform.Cli.SignIn;

/// <summary>
/// The credentials file: readable and writable by its owner only (600, in a 700 folder when it makes the folder),
/// replaced whole on every save so that a reader never sees half a file.
/// </summary>
public sealed class CredentialStore(string path)
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnlyFile | UnixFileMode.UserExecute;

    /// <summary><c>$XDG_CONFIG_HOME/cccd/credentials.json</c>, else <c>~/.config/cccd/credentials.json</c> (on Windows under %APPDATA%).</summary>
    public static string DefaultPath => System.IO.Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "cccd", "credentials.json");

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public Credentials? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(Path), CliJson.Default.Credentials);
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"{Path} is not a cccd credentials file: delete it, or run cccd login again to replace it.");
        }
    }

    public void Save(Credentials credentials)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var file = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(file, credentials, CliJson.Default.Credentials);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Deletes the file; false when there was none.</summary>
    public bool Delete()
    {
        if (!File.Exists(Path))
        {
            return false;
        }

        File.Delete(Path);
        return true;
    }
}
