import type { Random } from "./random";

/** Invented names for the large organisation: every first name with every surname gives 12,100 people before any repeats. */

const FIRST = [
  "Aaliyah", "Abdul", "Ada", "Adam", "Adebayo", "Aisha", "Alex", "Alice", "Amara", "Amir", "Ana",
  "Anders", "Andrea", "Anika", "Ansel", "Arjun", "Astrid", "Ayesha", "Beatriz", "Ben", "Bianca", "Bilal",
  "Bronwen", "Callum", "Carmen", "Chen", "Chidi", "Chloe", "Ciara", "Dara", "David", "Deepa", "Diego",
  "Dmitri", "Eamon", "Efua", "Eleni", "Elif", "Elliot", "Emeka", "Emma", "Erik", "Esther", "Farah",
  "Felix", "Fiona", "Freya", "Gabriel", "Gareth", "Grace", "Hamza", "Hannah", "Haruto", "Helena", "Ibrahim",
  "Ines", "Isaac", "Isla", "Ivy", "Jakub", "James", "Jia", "Joanna", "Jonah", "Kai", "Kamala",
  "Karim", "Katya", "Kemi", "Kenji", "Laila", "Leo", "Lina", "Lucas", "Lucia", "Malik", "Mariam",
  "Mateo", "Mei", "Mira", "Mohammed", "Nadia", "Naomi", "Nia", "Niamh", "Nikhil", "Noah", "Nora",
  "Olumide", "Omar", "Owen", "Paulo", "Priya", "Rafael", "Rania", "Rhys", "Rosa", "Rui", "Saanvi",
  "Samira", "Sean", "Siobhan", "Sipho", "Sofia", "Tariq", "Thandiwe", "Tomasz", "Yara", "Yusuf", "Zara",
];

const LAST = [
  "Abara", "Adeyemi", "Ahmed", "Andersen", "Aoki", "Baptiste", "Barker", "Bello", "Bergström", "Bianchi", "Boateng",
  "Brennan", "Byrne", "Campbell", "Castillo", "Chandra", "Chowdhury", "Costa", "Dahl", "Das", "Demir", "Dlamini",
  "Doyle", "Dubois", "Eze", "Farouk", "Fernandes", "Fischer", "Fitzgerald", "Fraser", "García", "Ghosh", "Gill",
  "Greene", "Gupta", "Haddad", "Hansen", "Hassan", "Herrera", "Hughes", "Ibrahim", "Iyer", "Jansen", "Jones",
  "Kaur", "Kelly", "Khan", "Kim", "Kowalski", "Kumar", "Larsen", "Lewis", "Lindqvist", "Lopez", "MacLeod",
  "Mahmoud", "Mbeki", "Mehta", "Mensah", "Miller", "Molina", "Moreau", "Murphy", "Nakamura", "Nguyen", "Novak",
  "Nwosu", "Obi", "O'Connor", "Okafor", "Oliveira", "Osei", "Owusu", "Park", "Patel", "Pereira", "Petrov",
  "Popescu", "Quinn", "Rahman", "Ramos", "Reid", "Rossi", "Russo", "Saito", "Santos", "Schmidt", "Shah",
  "Silva", "Singh", "Sokolov", "Stewart", "Suzuki", "Tan", "Taylor", "Thomas", "Torres", "Usman", "Varga",
  "Vasquez", "Walsh", "Wang", "Watanabe", "Weber", "Williams", "Wilson", "Wright", "Yilmaz", "Zhang", "Zielinski",
];

/** The e-mail local part of a name: plain lower-case letters, dots between the parts. */
export function emailLocalPart(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

/** `count` distinct names with their distinct e-mail addresses at `domain`. */
export function inventPeople(random: Random, count: number, domain: string): { name: string; email: string }[] {
  const combinations = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`));
  const names = random.shuffle(combinations);
  return Array.from({ length: count }, (_, index) => {
    const name = names[index % names.length] as string;
    const round = Math.floor(index / names.length);
    // Past 12,100 people the names come round again; a number keeps each address unique.
    return { name, email: `${emailLocalPart(name)}${round ? `.${round + 1}` : ""}@${domain}` };
  });
}
