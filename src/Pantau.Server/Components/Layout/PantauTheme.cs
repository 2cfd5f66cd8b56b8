using MudBlazor;

namespace Pantau.Server.Components.Layout;

/// <summary>Pantau's look: a calm teal-blue primary, neutral surfaces, system fonts (nothing fetched from the internet).</summary>
public static class PantauTheme
{
    private static readonly string[] Fonts = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f6e8c",
            Secondary = "#6a5acd",
            Tertiary = "#2e7d32",
            Info = "#1e88e5",
            Success = "#2e7d32",
            Warning = "#ef8f00",
            Error = "#d32f2f",
            AppbarBackground = "#0b4f66",
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#37474f",
            DrawerIcon = "#0f6e8c",
            TextPrimary = "#1f2933",
            TextSecondary = "#52606d",
            LinesDefault = "#e4e7eb",
            TableLines = "#e4e7eb",
            Divider = "#e4e7eb",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5fb4d0",
            Secondary = "#a99cf0",
            Tertiary = "#66bb6a",
            Info = "#64b5f6",
            Success = "#66bb6a",
            Warning = "#ffb74d",
            Error = "#ef5350",
            AppbarBackground = "#10232b",
            AppbarText = "#e3f2f7",
            Background = "#0f1417",
            Surface = "#182026",
            DrawerBackground = "#141b20",
            DrawerText = "#cfd8dc",
            DrawerIcon = "#5fb4d0",
            TextPrimary = "#e6ebee",
            TextSecondary = "#a7b3ba",
            LinesDefault = "#2a363d",
            TableLines = "#2a363d",
            Divider = "#2a363d",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = ".9rem", LineHeight = "1.5" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.35rem", FontWeight = "600", LineHeight = "1.3" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600", LineHeight = "1.4" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px", DrawerWidthLeft = "220px" },
    };
}
