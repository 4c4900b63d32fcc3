// Writes a deterministic statewide-size student file for bench/import.sh:
//   gen_students OUT ROWS DISTRICTS [SHAPE]
// SHAPE `classic` (the default, the first bench's file): 3-17 schools a district, 4 programs, 15 columns of which
// two identify a student. SHAPE `statewide` (a state's file, issue 16): 12 schools a district (12,000 for 1,000
// districts), five programs offered in every school and grade (heritage_language besides; a student is in each
// by its own share), and 17 columns of which four identify a student (a state student id and a birth date
// besides): a 6,000,000-row file reduces to about 1.8 million counts.
// About 10 schools per district (elementary TK-5, middle 6-8, high 9-12, some K-8), realistic shares of race
// and ethnicity, gender, flags and home languages, and 0-2 programs: spanish_dual_immersion (K-5, some
// elementary schools in some districts), mandarin_immersion (K-8, few districts), world_language (6-12, most
// districts), ap_spanish (10-12, most high schools). A student_id and a quoted "Last, First" name column are
// there to be ignored.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

struct School {
    int code = 0;
    int low = 0, high = 0;  // grade indexes: 0 TK, 1 K, 2.. = grades 1..12
    bool dual = false, mandarin = false;
    double weight = 1;
};

const char* kGrades[] = {"TK", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
const char* kLast[] = {"Garcia",    "Nguyen", "Smith",  "Lopez", "Kim",      "Martinez", "Chen",  "Johnson",
                       "Hernandez", "Patel",  "Santos", "Lee",   "Gonzalez", "Brown",    "Singh", "Rivera"};
const char* kFirst[] = {"Ana", "Luis", "Mai", "Sam", "Jae", "Eva", "Wei", "Zoe", "Omar", "Ria", "Leo", "Ivy"};

int pick(Random& random, const double* cumulative, int n) {
    const double u = random.unit();
    for (int i = 0; i < n; ++i) {
        if (u < cumulative[i]) return i;
    }
    return n - 1;
}

}  // namespace

int main(int argc, char** argv) {
    const bool statewide = argc == 5 && std::strcmp(argv[4], "statewide") == 0;
    if (argc != 4 && !(argc == 5 && (statewide || std::strcmp(argv[4], "classic") == 0))) {
        std::fprintf(stderr, "usage: gen_students OUT ROWS DISTRICTS [classic|statewide]\n");
        return 2;
    }
    std::FILE* out = std::fopen(argv[1], "wb");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    const long long rows = std::atoll(argv[2]);
    const int districts = std::atoi(argv[3]);
    Random random{20260101};

    // District sizes: a long tail (a few large, many small), scaled to the row count.
    std::vector<double> size(districts);
    double total = 0;
    for (int d = 0; d < districts; ++d) total += size[d] = 1.0 / (1.0 + d % 97 * 0.15) + random.unit() * 0.3;
    std::vector<long long> students(districts);
    long long assigned = 0;
    for (int d = 0; d < districts; ++d) assigned += students[d] = static_cast<long long>(rows * size[d] / total);
    for (int d = 0; assigned < rows; d = (d + 1) % districts, ++assigned) ++students[d];

    // Race and ethnicity: AA AI AS FI HI PI WH MR, unknown.
    const char* races[] = {"AA", "AI", "AS", "FI", "HI", "PI", "WH", "MR", ""};
    const double race_cumulative[] = {0.05, 0.055, 0.145, 0.17, 0.71, 0.715, 0.935, 0.975, 1.0};
    const char* languages[] = {"English", "Spanish", "Vietnamese", "Mandarin", "Cantonese", "Tagalog", "Arabic",
                               "Korean",  "Punjabi", "Russian",    "Farsi",    "Hmong",     ""};
    const double other_language_cumulative[] = {0.80, 0.83, 0.86, 0.88, 0.90, 0.92, 0.93,
                                                0.94, 0.95, 0.96, 0.97, 0.98, 1.0};

    std::vector<char> buffer;
    buffer.reserve(1 << 22);
    auto put = [&](const char* s) { buffer.insert(buffer.end(), s, s + std::strlen(s)); };
    auto put_int = [&](long long v, int width) {
        char text[24];
        std::snprintf(text, sizeof text, "%0*lld", width, v);
        put(text);
    };
    put(statewide ? "student_id,ssid,name,birth_date,district_code," : "student_id,name,district_code,");
    put("school_code,grade,ethnicity,gender,el,ltel,sed,swd,foster,homeless,"
        "home_language,programs\n");
    long long id = 100000000;
    for (int d = 0; d < districts; ++d) {
        const int county = 1 + d % 58;
        const int district_code7 = county * 100000 + 10000 + d * 61 % 89989;
        const bool district_dual = random.unit() < 0.30, district_mandarin = random.unit() < 0.08;
        const bool district_world = random.unit() < 0.85, district_ap = random.unit() < 0.70;
        std::vector<School> schools;
        const int count = statewide ? 12 : 3 + random.below(15);  // classic: 3..17, about 10
        double weights = 0;
        for (int s = 0; s < count; ++s) {
            School school;
            school.code = 6000000 + d * 20 + s;
            const double kind = random.unit();
            if (kind < 0.55) school.low = 0, school.high = 6;       // TK-5
            else if (kind < 0.65) school.low = 1, school.high = 9;  // K-8
            else if (kind < 0.82) school.low = 7, school.high = 9;  // 6-8
            else school.low = 10, school.high = 13;                 // 9-12
            school.dual = district_dual && school.low <= 1 && random.unit() < 0.35;
            school.mandarin = district_mandarin && school.low <= 1 && !school.dual && random.unit() < 0.25;
            school.weight = (school.high - school.low + 1) * (0.6 + random.unit());
            weights += school.weight;
            schools.push_back(school);
        }
        for (auto& school : schools) school.weight /= weights;
        for (long long n = 0; n < students[d]; ++n) {
            double u = random.unit();
            std::size_t s = 0;
            while (s + 1 < schools.size() && u >= schools[s].weight) u -= schools[s++].weight;
            const School& school = schools[s];
            const int grade = school.low + random.below(school.high - school.low + 1);
            const int race = pick(random, race_cumulative, 9);
            const bool hispanic = race == 4;
            const char* language =
                hispanic && random.unit() < 0.62 ? "Spanish" : languages[pick(random, other_language_cumulative, 13)];
            const bool english = std::strcmp(language, "English") == 0 || language[0] == 0;
            const bool el = !english && random.unit() < 0.45;
            const bool ltel = el && grade >= 7 && random.unit() < 0.4;
            const bool sed = random.unit() < (hispanic ? 0.78 : 0.42);
            const bool swd = random.unit() < 0.13;
            const bool foster = random.unit() < 0.005;
            const bool homeless = random.unit() < 0.03;
            const double g = random.unit();
            const char* gender = g < 0.49 ? "F" : g < 0.98 ? "M" : "X";
            std::string programs;
            const auto add = [&](const char* p) {
                if (!programs.empty()) programs += ';';
                programs += p;
            };
            if (statewide) {  // every school offers the five programs, in every grade
                static const char* const kPrograms[] = {"spanish_dual_immersion", "mandarin_immersion",
                                                        "world_language", "ap_spanish", "heritage_language"};
                static const double kShares[] = {0.10, 0.04, 0.25, 0.08, 0.06};
                for (int p = 0; p < 5; ++p) {
                    if (random.unit() < kShares[p]) add(kPrograms[p]);
                }
            } else {
                if (school.dual && grade >= 1 && grade <= 6 && random.unit() < (hispanic ? 0.45 : 0.25))
                    add("spanish_dual_immersion");
                if (school.mandarin && grade >= 1 && grade <= 9 && random.unit() < 0.3) add("mandarin_immersion");
                if (district_world && grade >= 7 && random.unit() < 0.33) add("world_language");
                if (district_ap && grade >= 11 && programs.size() < 20 && random.unit() < 0.14) add("ap_spanish");
            }
            put_int(id++, 9);
            if (statewide) {
                buffer.push_back(',');
                put_int(1000000000 + id * 7919 % 8999999999, 10);
            }
            put(",\"");
            put(kLast[random.below(16)]);
            put(", ");
            put(kFirst[random.below(12)]);
            put("\",");
            if (statewide) {
                char born[16];  // a birth date that fits the grade
                std::snprintf(born, sizeof born, "%04d-%02d-%02d,", 2007 + (13 - grade) % 14, 1 + random.below(12),
                              1 + random.below(28));
                put(born);
            }
            put_int(district_code7, 7);
            buffer.push_back(',');
            if (random.unit() >= 0.01) put_int(school.code, 7);
            buffer.push_back(',');
            put(kGrades[grade]);
            buffer.push_back(',');
            put(races[race]);
            buffer.push_back(',');
            put(gender);
            for (const bool flag : {el, ltel, sed, swd, foster, homeless}) put(flag ? ",Y" : ",N");
            buffer.push_back(',');
            put(language);
            buffer.push_back(',');
            put(programs.c_str());
            buffer.push_back('\n');
            if (buffer.size() > (1 << 22) - 256) {
                std::fwrite(buffer.data(), 1, buffer.size(), out);
                buffer.clear();
            }
        }
    }
    std::fwrite(buffer.data(), 1, buffer.size(), out);
    return std::fclose(out) == 0 ? 0 : 1;
}
