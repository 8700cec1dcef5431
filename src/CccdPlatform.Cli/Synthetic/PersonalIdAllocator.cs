using System.Collections.Concurrent;
using CccdPlatform.Domain;

namespace CccdPlatform.Cli.Synthetic;

/// <summary>Valid ID numbers with a random serial, each handed out once per run (shared by every worker).</summary>
public sealed class PersonalIdAllocator
{
    private readonly ConcurrentDictionary<string, byte> _issued = new(StringComparer.Ordinal);

    public int Count => _issued.Count;

    public string Next(Random random, string birthProvinceCode, DateOnly dateOfBirth, bool female)
    {
        while (true)
        {
            var number = PersonalIdNumber.Compose(
                birthProvinceCode, dateOfBirth, female, random.Next(0, PersonalIdNumber.MaxSerial + 1));
            if (_issued.TryAdd(number, 0))
            {
                return number;
            }
        }
    }
}
