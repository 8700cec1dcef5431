namespace CccdPlatform.Integrations.Model;

/// <summary>The API's names of <see cref="DeliveryMethod"/>: <c>queue</c> and <c>webhook</c>.</summary>
public static class DeliveryMethods
{
    public static string NameOf(DeliveryMethod method) => method.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out DeliveryMethod method)
    {
        method = default;
        return name is not null && !name.Any(char.IsAsciiDigit) && Enum.TryParse(name, ignoreCase: true, out method)
               && Enum.IsDefined(method);
    }
}
