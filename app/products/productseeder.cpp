#include "products/productseeder.h"

#include <array>

namespace pm {

namespace {

/// SplitMix64: tiny, fast, and defined bit for bit, unlike std::*_distribution.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, bound) (the modulo bias is irrelevant for demo data).
    quint64 below(quint64 bound) { return next() % bound; }

private:
    quint64 m_state;
};

constexpr std::array kCategories = {
        "Mix",    "Melon",   "Bread",    "Cheese", "Coffee",    "Tea",     "Wine",
        "Juice",  "Pasta",   "Sauce",    "Soup",   "Oil",       "Vinegar", "Spice",
        "Beans",  "Rice",    "Flour",    "Sugar",  "Chocolate", "Cookies", "Crackers",
        "Yogurt", "Milk",    "Butter",   "Beef",   "Chicken",   "Pork",    "Fish",
        "Shrimp", "Lettuce", "Tomatoes", "Apple",  "Pear",      "Peach",   "Berries",
        "Nuts",   "Cereal",  "Candy",    "Water",  "Soda",      "Beer",    "Honey",
};
constexpr std::array kAdjectives = {
        "Cappucino", "Smoked",  "Roasted",  "Fresh",   "Frozen",  "Organic", "Spicy",   "Sweet",
        "Sour",      "Crunchy", "Creamy",   "Golden",  "Wild",    "Dried",   "Pickled", "Sparkling",
        "Red",       "Green",   "Yellow",   "White",   "Black",   "Whole",   "Sliced",  "Grated",
        "Toasted",   "Salted",  "Unsalted", "Classic", "Italian", "French",  "Mexican", "Greek",
        "Thai",      "Nordic",  "Mini",     "Jumbo",
};
constexpr std::array kNouns = {
        "Cocktail", "Blend",  "Loaf",   "Wedge",    "Beans",  "Leaves", "Reserve", "Nectar",
        "Shells",   "Relish", "Broth",  "Dressing", "Rub",    "Mix",    "Pods",    "Grain",
        "Bites",    "Bar",    "Wafers", "Cubes",    "Fillet", "Strips", "Wings",   "Chops",
        "Tails",    "Hearts", "Drops",  "Flakes",   "Spread", "Sticks", "Rings",   "Puree",
        "Crisps",   "Pearls", "Medley", "Tray",     "Pack",
};

} // namespace

QList<ProductFields> ProductSeeder::generate(int n, quint64 seed)
{
    QList<ProductFields> rows;
    if (n <= 0)
        return rows;
    rows.reserve(n);
    SplitMix64 rng(seed);
    for (int i = 0; i < n; ++i) {
        const char *category = kCategories[rng.below(kCategories.size())];
        const char *adjective = kAdjectives[rng.below(kAdjectives.size())];
        const char *noun = kNouns[rng.below(kNouns.size())];
        const qint64 cents = 50 + qint64(rng.below(9999 - 50 + 1)); // 0.50–99.99
        rows.append({QStringLiteral("%1 - %2 %3")
                             .arg(QLatin1String(category), QLatin1String(adjective),
                                  QLatin1String(noun)),
                     Money(cents)});
    }
    return rows;
}

} // namespace pm
