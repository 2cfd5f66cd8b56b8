namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Reads the dates feeds really carry: RFC 822/1123 ("Fri, 05 Jan 2024 10:00:00 GMT", with or without seconds, day
/// name or four-digit year), RFC 3339/ISO 8601 ("2024-01-05T10:00:00.123+07:00", date only, space for T), and the
/// Indonesian forms ("Jumat, 05 Januari 2024 10.00 WIB", "Sen, 3 Agu 2024 14:00 WITA"). Named zones: GMT/UT/UTC/Z, the
/// US zones, WIB (+7), WITA (+8), WIT (+9) and a few more (see <see cref="DateWords"/>); no zone means UTC. Numeric
/// dates without a month name are year-month-day when the year comes first, else day-month-year (the Indonesian and
/// European order, not the US one). The result is always in UTC (offset zero). Any unknown word fails the parse.
/// </summary>
public static class FeedDates
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && TryParse(text.AsSpan(), out value);
    }

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        int year = -1, month = -1, hour = -1, minute = 0, second = 0, meridiem = -1, offset = 0;
        long fraction = 0;
        bool yearFirst = false, zoneSeen = false;
        Span<int> numbers = stackalloc int[3];
        var numberCount = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < s.Length && (char.IsLetter(s[i]) || s[i] is '\'' or '’'))
                {
                    i++;
                }

                if (!DateWords.Lookup.TryGetValue(s[start..i], out var word))
                {
                    return false;
                }

                switch (word.Kind)
                {
                    case DateWords.Kind.Month when month < 0:
                        month = word.Value;
                        break;
                    case DateWords.Kind.Month:
                        return false;
                    case DateWords.Kind.Zone:
                        offset = word.Value;
                        zoneSeen = true;
                        break;
                    case DateWords.Kind.Meridiem:
                        meridiem = word.Value;
                        break;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                var number = ReadDigits(s, ref i);
                var digits = i - start;
                if (hour < 0 && digits <= 2 && IsTimeAhead(s, i, dateSeen: year >= 0 || month >= 0))
                {
                    hour = number;
                    i++;
                    minute = ReadDigits(s, ref i);
                    if (i < s.Length && s[i] is ':' or '.' && TwoDigitsAt(s, i + 1))
                    {
                        i++;
                        second = ReadDigits(s, ref i);
                        if (i + 1 < s.Length && s[i] is '.' or ',' && char.IsAsciiDigit(s[i + 1]))
                        {
                            i++;
                            fraction = ReadFraction(s, ref i);
                        }
                    }
                }
                else if (digits == 4 && year < 0)
                {
                    year = number;
                    yearFirst = numberCount == 0 && month < 0;
                }
                else if (digits <= 2 && numberCount < numbers.Length)
                {
                    numbers[numberCount++] = number;
                }
                else
                {
                    return false;
                }
            }
            else if (c is '+' or '-' && hour >= 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                var sign = c == '-' ? -1 : 1;
                i++;
                var start = i;
                var hours = ReadDigits(s, ref i);
                var minutes = 0;
                if (i - start == 4)
                {
                    minutes = hours % 100;
                    hours /= 100;
                }
                else if (i - start > 2)
                {
                    return false;
                }
                else if (i < s.Length && s[i] == ':' && TwoDigitsAt(s, i + 1))
                {
                    i++;
                    minutes = ReadDigits(s, ref i);
                }

                // "GMT+7" adds to the named zone; a bare offset replaces nothing else.
                offset = (zoneSeen ? offset : 0) + (sign * ((hours * 60) + minutes));
                zoneSeen = true;
            }
            else if (c == '(')
            {
                // "(Coordinated Universal Time)" and similar comments.
                var close = s[i..].IndexOf(')');
                i = close < 0 ? s.Length : i + close + 1;
            }
            else
            {
                i++;
            }
        }

        int day;
        if (month > 0)
        {
            if (numberCount == 1 && year >= 0)
            {
                day = numbers[0];
            }
            else if (numberCount == 2 && year < 0)
            {
                day = numbers[0];
                year = numbers[1];
            }
            else
            {
                return false;
            }
        }
        else if (numberCount == 2 && year >= 0)
        {
            (month, day) = yearFirst ? (numbers[0], numbers[1]) : (numbers[1], numbers[0]);
        }
        else
        {
            return false;
        }

        if (year < 100)
        {
            year += year < 50 ? 2000 : 1900;
        }

        if (hour < 0)
        {
            hour = 0;
        }
        else if (meridiem == 12 && hour < 12)
        {
            hour += 12;
        }
        else if (meridiem == 0 && hour == 12)
        {
            hour = 0;
        }

        second = Math.Min(second, 59); // leap seconds
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || Math.Abs(offset) > 18 * 60)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
        value = new DateTimeOffset(local.AddMinutes(-offset), TimeSpan.Zero);
        return true;
    }

    private static bool IsTimeAhead(ReadOnlySpan<char> s, int i, bool dateSeen) =>
        i < s.Length && TwoDigitsAt(s, i + 1) && (s[i] == ':' || (s[i] == '.' && dateSeen));

    private static bool TwoDigitsAt(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && (i + 2 == s.Length || !char.IsAsciiDigit(s[i + 2]));

    private static int ReadDigits(ReadOnlySpan<char> s, ref int i)
    {
        var value = 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            // Cap the value so a long digit run cannot overflow; such a run fails validation anyway.
            if (digits++ < 9)
            {
                value = (value * 10) + (s[i] - '0');
            }

            i++;
        }

        return value;
    }

    private static long ReadFraction(ReadOnlySpan<char> s, ref int i)
    {
        long ticks = 0;
        var scale = TimeSpan.TicksPerSecond;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            scale /= 10;
            ticks += (s[i] - '0') * scale;
            i++;
        }

        return ticks;
    }
}
