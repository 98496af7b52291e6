"""Common English given names: a first name alone ("Jimmy", "Monica") names a person the summary
must have introduced (``accord.summarize.coherence``: "unintroduced name").

The table: the US Census Bureau's 1990 first-name frequency lists (public domain; as shipped by the
``names`` package on PyPI, MIT), every name borne by at least 0.01% of men or of women (1,383), less
those that are also among the 1,000 commonest surnames ("James", "Scott", "Taylor": alone they are
as often a surname, which ``coherence`` reads from the analyser's full names), less words English
writes in lower case or names of places, months and faiths ("Hope", "Will", "Bill", "June",
"Virginia", "Aurora", "Jesus", the awards "Oscar" and "Emmy", and "Jan", more often January) and names of two letters. Never a story's answer: a fixed table.
"""
from __future__ import annotations

GIVEN_NAMES: frozenset[str] = frozenset("""
Aaron Abby Abel Abigail Abraham Ada Adam Addie Adela Adele Adeline Adolfo Adolph Adrian Adriana Adrienne Agnes
Agustin Aida Aileen Aimee Alan Alana Alberto Alejandra Alejandro Alex Alexandra Alexis Alfonso Alfred Alfredo
Ali Alice Alicia Aline Alisa Alisha Alison Alissa Allan Allie Allyson Alma Alonzo Alphonso Alta Althea Alton
Alvaro Alvin Alyce Alyssa Amalia Amanda Amelia Amie Amos Amy Ana Anastasia Andre Andrea Andres Andrew Andy
Angela Angelia Angelica Angelina Angeline Angelo Angie Anita Ann Anna Annabelle Anne Annette Annie Antoine
Antoinette Anton Antonia Antonio Araceli Archie Arlene Arline Armand Armando Arthur Arturo Ashlee Aubrey Audra
Audrey Aurelia Ava Avis Barbara Barbra Bart Basil Beatrice Beatriz Becky Belinda Ben Benita Benito Bennie
Benny Bernadette Bernadine Bernardo Bernice Bert Berta Bertha Bessie Beth Betsy Bette Bettie Betty Bettye
Beulah Bianca Billie Billy Blaine Blanca Blanche Bob Bobbi Bobbie Bobby Bonita Bonnie Brad Brandi Brandon
Brandy Brenda Brendan Brent Bret Brett Brian Briana Brianna Bridget Bridgette Brittany Brittney Brooke Bruno
Bryce Bryon Byron Caitlin Caleb Callie Calvin Camille Candace Candice Cara Carl Carla Carlene Carlos Carlton
Carly Carmela Carmella Carmen Carole Caroline Carolyn Carrie Cary Cassandra Cassie Catalina Catherine Cathleen
Cathy Cecelia Cecil Cecile Cecilia Cedric Celeste Celia Cesar Chad Chandra Charlene Charlie Charmaine Chasity
Cheri Cherie Cheryl Chester Chris Christa Christi Christie Christina Christine Christopher Christy Chrystal
Cindy Claire Clara Clare Clarence Clarice Clarissa Claude Claudette Claudia Claudine Clement Cleo Clifford
Clint Clinton Clyde Cody Colette Colin Colleen Concepcion Connie Constance Consuelo Cora Corey Corina Corine
Corinne Cornelia Cornelius Corrine Cory Courtney Coy Cristina Curt Cynthia Damian Damien Damon Dan Dana Dane
Danielle Danny Dante Daphne Darcy Darin Darius Darla Darlene Darnell Darrel Darrell Darren Darrin Darryl
Darwin Daryl Dave Deana Deanna Deanne Debbie Debora Deborah Debra Dee Deena Deidre Deirdre Delbert Delia Della
Delores Deloris Demetrius Dena Denis Denise Denny Derek Derick Derrick Desiree Desmond Devin Devon Dewayne
Dewey Dexter Diana Diane Dianna Dianne Diego Dina Dion Dixie Dollie Dolly Dolores Domingo Dominic Dominick
Dominique Dona Donald Donna Donnell Donnie Dora Doreen Doris Dorothea Dorothy Dorthy Doug Duane Dustin Dwayne
Dwight Dylan Earlene Earline Earnest Earnestine Eddie Eddy Edgar Edith Edmond Edmund Edna Eduardo Edward Edwin
Edwina Effie Efrain Eileen Elaine Elbert Eldon Eleanor Elena Eli Elias Elijah Elinor Elisa Elisabeth Elise
Eliza Elizabeth Ella Ellen Elliot Elma Elmer Elnora Eloise Elsa Elsie Elton Elva Elvia Elvin Elvira Elvis
Elwood Emanuel Emery Emil Emilia Emilio Emily Emma Emmanuel Emmett Enrique Eric Erica Erick Ericka Erik Erika
Erin Erma Ernest Ernestine Ernesto Ernie Ervin Erwin Esmeralda Esperanza Essie Esteban Estela Estella Estelle
Ester Esther Ethan Ethel Etta Eugenia Eula Eunice Eva Evan Evangeline Eve Evelyn Fabian Fannie Fay Faye
Federico Felicia Felipe Felix Fernando Fidel Flora Flossie Forrest Fran Frances Francine Francisca Francisco
Frankie Fred Freda Freddie Freddy Fredrick Frieda Gabriel Gabriela Gabrielle Gail Gale Garland Garry Gary
Gavin Gayle Gena Genevieve Geoffrey Georgette Georgina Gerald Geraldine Gerard Gerardo Gerry Gertrude Gilberto
Gina Gladys Glen Glenda Glenna Gloria Goldie Gonzalo Gracie Graciela Grady Greg Gregg Gregorio Greta Gretchen
Grover Guadalupe Guillermo Gus Gustavo Gwen Gwendolyn Hal Hannah Hans Harlan Harley Harold Harriet Harriett
Harry Hattie Hector Heidi Helen Helene Henrietta Herbert Heriberto Hilary Hilda Hillary Hiram Homer Horace
Hubert Hugh Hugo Humberto Ian Ida Ignacio Ila Ilene Imelda Imogene Ina Inez Ingrid Ira Irene Irma Irvin Irving
Isaac Isabel Isabelle Isaiah Ismael Issac Iva Ivan Jack Jackie Jaclyn Jacob Jacqueline Jacquelyn Jaime Jake
Jamal Jami Jamie Jana Jane Janelle Janet Janette Janice Janie Janine Janis Janna Jared Jarrod Jasmine
Jason Jasper Javier Jay Jayne Jayson Jean Jeanette Jeanie Jeanine Jeanne Jeannette Jeannie Jeannine Jeff
Jeffery Jeffrey Jeffry Jenifer Jenna Jennie Jennifer Jenny Jerald Jeremiah Jeremy Jeri Jermaine Jerome Jerri
Jerry Jess Jesse Jessica Jessie Jewell Jill Jillian Jim Jimmie Jimmy Joan Joann Joanna Joanne Joaquin Jocelyn
Jodi Jodie Jody Joe Joel Joesph Joey Johanna John Johnathan Johnnie Johnny Jolene Jon Jonathan Jonathon Joni
Jorge Jose Josefa Josefina Josephine Josh Joshua Josie Juan Juana Juanita Judith Judy Julia Julian Juliana
Julianne Julie Juliette Julio Julius Justin Justine Kara Karen Kari Karin Karina Karl Karla Kasey Kate Katelyn
Katharine Katherine Kathie Kathleen Kathrine Kathryn Kathy Katie Katrina Katy Kay Kaye Kayla Keisha Kelli
Kellie Kelsey Kelvin Ken Kendall Kendra Kendrick Kenneth Kenny Keri Kermit Kerri Kerry Kevin Kimberley
Kimberly Kirsten Kris Krista Kristen Kristi Kristie Kristin Kristina Kristine Kristopher Kristy Krystal Kurt
Kyle Lacey Ladonna Lakeisha Lakisha Lamar Lamont Lana Lance Larry Latasha Latisha Latonya Latoya Laura Laurel
Lauren Laurence Laurie Laverne Lavonne Lawanda Lea Leah Leann Leanne Leigh Leila Lela Leland Lena Lenora
Lenore Leo Leola Leona Leonardo Leonor Leroy Lesley Leslie Lessie Letha Leticia Levi Lidia Lila Lilia Lilian
Liliana Lillian Lillie Lilly Lily Lina Linda Lionel Lisa Liza Lizzie Lois Lola Lonnie Lora Loraine Loren
Lorena Lorene Lorenzo Loretta Lori Lorie Lorna Lorraine Lorrie Lottie Lou Louie Louis Louisa Louise Lowell
Loyd Luann Lucia Lucile Lucille Lucinda Lucy Luella Luis Luisa Luke Lula Lupe Luther Luz Lydia Lyle Lynda
Lynette Lynne Lynnette Mabel Mable Madeline Madelyn Madge Mae Magdalena Maggie Malcolm Malinda Mallory Mamie
Mandy Manuel Manuela Marc Marcel Marcella Marci Marcia Marcie Marco Marcos Marcus Marcy Margaret Margarita
Margery Margie Margo Margret Marguerite Mari Maria Marian Marianne Maribel Maricela Marie Marietta Marilyn
Mario Marisa Marisol Marissa Maritza Marjorie Marla Marlene Marlin Marlon Marsha Marta Martha Martina Marty
Marva Marvin Mary Maryann Maryanne Marylou Mathew Matilda Matt Matthew Mattie Maude Maureen Maurice Mauricio
Mavis Maxine Mayra Meagan Megan Meghan Melanie Melba Melinda Melisa Melissa Melody Melva Melvin Meredith Merle
Mia Micah Micheal Michel Michele Michelle Mickey Miguel Mike Milagros Mildred Millard Millie Milton Mindy
Minerva Minnie Miriam Mitzi Moises Mollie Molly Mona Monica Monique Monte Monty Muriel Myra Myrna Myron Myrtle
Nadia Nadine Nancy Nanette Nannie Naomi Natalia Natalie Natasha Nathan Nathaniel Ned Neil Nelda Nell Nellie
Nettie Neva Nicholas Nichole Nick Nickolas Nicolas Nicole Nikki Nina Nita Noah Noe Noemi Nola Nona Nora
Norbert Noreen Norma Odell Odessa Ofelia Ola Olga Olivia Ollie Omar Ophelia Ora Orville Otis Otto Pablo
Paige Pam Pamela Patrica Patrice Patricia Patsy Patti Patty Paula Paulette Pauline Pearlie Pedro Peggy
Penelope Percy Pete Peter Petra Phil Philip Phillip Phyllis Pierre Polly Priscilla Quentin Quincy Quinton
Rachael Rachel Rachelle Rae Rafael Ralph Ramiro Ramon Ramona Randal Randi Randy Raphael Raquel Raul Reba
Rebecca Rebekah Reggie Reginald Rena Rene Renee Reuben Reva Rex Reynaldo Rhoda Rhonda Ricardo Rick Rickey
Rickie Ricky Rigoberto Rita Rob Robbie Robert Roberta Roberto Robyn Rocco Rochelle Roderick Rodger Rodney
Rodolfo Rodrigo Rogelio Roger Roland Rolando Romeo Ron Ronald Ronda Ronnie Roosevelt Rory Rosalie Rosalind
Rosalinda Rosalyn Rosanne Roscoe Roseann Rosella Rosemarie Rosetta Rosie Roslyn Roxanne Roxie Royce Ruben
Rudolph Rudy Rufus Russel Ruth Ruthie Sabrina Sadie Sallie Sally Salvador Salvatore Sam Samantha Sammie Sammy
Samuel Sandra Sara Sarah Sasha Saul Saundra Scot Scotty Sean Sebastian Selena Serena Sergio Seth Shana Shane
Shanna Shari Sharron Shaun Shauna Shawn Shawna Sheena Sheila Sheldon Shelia Shelley Shelly Sheree Sheri Sherri
Sherrie Sherry Sheryl Shirley Sidney Silvia Simone Socorro Sofia Sondra Sonia Sonja Sonya Sophia Sophie Stacey
Staci Stacie Stacy Stan Stefanie Stella Stephan Stephanie Stephen Steve Steven Susan Susana Susanna Susanne
Susie Suzanne Suzette Sybil Sylvester Sylvia Tabatha Tabitha Tamara Tameka Tami Tamika Tammi Tammie Tammy
Tania Tanisha Tanya Tara Tasha Ted Teddy Terence Teresa Teri Terrance Terrence Terri Terrie Tessa Thaddeus
Thelma Theodore Theresa Therese Thurman Tia Tiffany Tim Timmy Timothy Tina Toby Tom Tomas Tommie Tommy Toni
Tonia Tony Tonya Tracey Traci Tracie Tracy Trent Trevor Tricia Trina Trisha Trudy Tyrone Ulysses Ursula
Valarie Valeria Valerie Vanessa Velma Vera Vern Verna Veronica Vicente Vicki Vickie Vicky Vilma Vince Viola
Virgie Virgil Vivian Wanda Wayne Wendell Wendi Wendy Wesley Wilbert Wilbur Wilfred Wilfredo Willa Willard
Willie Wilma Winifred Winnie Winston Woodrow Xavier Yesenia Yolanda Yvette Yvonne Zachary Zelma
""".split())

__all__ = ["GIVEN_NAMES"]
